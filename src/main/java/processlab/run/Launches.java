package processlab.run;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import processlab.run.java.JavaLaunches;
import processlab.run.python.PythonLaunches;
import processlab.run.python.PythonLocator;
import processlab.run.spec.Launch;
import processlab.run.spec.RunException;
import processlab.run.spec.RunSpec;
import processlab.util.ProgramLookup;

/** Turns a {@link RunSpec} into a {@link Launch}. */
final class Launches {

    private Launches() {}

    static Launch plan(RunSpec spec, RunEnvironment environment, Path runDir, Path eventsFile) throws RunException {
        PythonLocator locator = environment.pythonLocator();
        if (spec instanceof RunSpec.Demo demo) {
            return demo.kind().needsPython()
                    ? PythonLaunches.demo(demo, locator, runDir, eventsFile)
                    : JavaLaunches.demo(demo, runDir, eventsFile);
        }
        if (spec instanceof RunSpec.PythonSource source) {
            return PythonLaunches.source(source, locator, runDir, eventsFile);
        }
        if (spec instanceof RunSpec.JavaSource source) {
            return JavaLaunches.source(source, runDir, eventsFile);
        }
        return program((RunSpec.Program) spec, runDir, eventsFile);
    }

    /** Any program, run from the current folder; Python processes it starts are instrumented all the same. */
    private static Launch program(RunSpec.Program spec, Path runDir, Path eventsFile) throws RunException {
        String name = spec.argv().get(0);
        if (!name.contains(File.separator) && ProgramLookup.onPath(name).isEmpty()) {
            throw new RunException("Program not found on the PATH: " + name);
        }
        if (name.contains(File.separator) && !ProgramLookup.isProgram(Path.of(name))) {
            throw new RunException("Not an executable program: " + name);
        }
        return new Launch(
                spec.argv(),
                PythonLaunches.instrumentation(runDir, eventsFile),
                Path.of("").toAbsolutePath(),
                name,
                List.of());
    }
}
