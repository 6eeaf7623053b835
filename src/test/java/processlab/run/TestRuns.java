package processlab.run;

import java.util.ArrayList;
import java.util.List;
import processlab.run.process.RunPlatform;
import processlab.run.spec.RunException;
import processlab.run.spec.RunSpec;
import processlab.worker.JvmCommand;

/** The runs of the test JVM: one host for all of them, as the app has one for its window. */
public final class TestRuns {

    public static final RunHost HOST = RunHost.create();

    private TestRuns() {}

    /** No Python setting, the standard monitors, no console. */
    public static RunEnvironment environment() {
        return RunEnvironment.of(HOST);
    }

    public static RunSession start(RunSpec spec) throws RunException {
        return RunSession.start(spec, environment());
    }

    /** A child JVM running {@code mainClass} with the engine this JVM was told to use (the portable pass). */
    public static List<String> childJvm(Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>(JvmCommand.forMain(mainClass, args));
        for (String property : List.of(RunPlatform.ENGINE_PROPERTY, "processlab.box")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add(1, "-D" + property + "=" + value);
            }
        }
        return command;
    }
}
