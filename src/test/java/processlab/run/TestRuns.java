package processlab.run;

import processlab.run.spec.RunException;
import processlab.run.spec.RunSpec;

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
}
