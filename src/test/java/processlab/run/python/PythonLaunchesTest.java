package processlab.run.python;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.spec.RunException;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;

/** Preparing a Python run fails with a message for the user, like the rest of the launch path. */
class PythonLaunchesTest {

    @Test
    void instrumentationThatCannotBeWrittenIsARunExceptionNamingTheFolder(@TempDir Path runDir) throws Exception {
        Files.writeString(runDir.resolve("site"), "a file where the site folder should go");
        RunException e = assertThrows(
                RunException.class, () -> PythonLaunches.instrumentation(runDir, runDir.resolve("events")));
        assertTrue(e.getMessage().contains(runDir.resolve("site").toString()), e.getMessage());
    }

    @Test
    void instrumentationPutsItsSiteFolderFirstOnThePythonPath(@TempDir Path runDir) throws Exception {
        var env = PythonLaunches.instrumentation(runDir, runDir.resolve("events"));
        assertTrue(Files.isRegularFile(runDir.resolve("site").resolve("sitecustomize.py")));
        assertTrue(env.get("PYTHONPATH").startsWith(runDir.resolve("site").toString()), env.toString());
    }

    /** A machine whose only Python is older than 3.14: python3 from the PATH, and no python3.14 beside it. */
    private static PythonLocator onlyOlderPython(Path emptyDir) {
        Optional<PythonInterpreter> python3 = PythonLocator.probe("python3");
        Assumptions.assumeTrue(python3.isPresent() && !python3.get().atLeast(3, 14), "needs a python3 older than 3.14");
        return new PythonLocator(python3.get().executable(), Map.of("PATH", emptyDir.toString()));
    }

    @Test
    void subinterpreterDemoWithoutPython314SaysWhatItNeedsAndWhatWasFound(@TempDir Path runDir) throws Exception {
        PythonLocator locator = onlyOlderPython(Files.createDirectory(runDir.resolve("bin")));
        RunSpec.Demo spec = RunSpec.Demo.of(RunKind.PYTHON_INTERPRETERS, 2, 2, Workload.COUNT_PRIMES, 1000);
        RunException e = assertThrows(
                RunException.class, () -> PythonLaunches.demo(spec, locator, runDir, runDir.resolve("events")));
        String version = PythonLocator.probe("python3").orElseThrow().version();
        assertTrue(e.getMessage().startsWith("Python 3.14 or newer is needed for subinterpreters"), e.getMessage());
        assertTrue(e.getMessage().contains("(only Python " + version + " ("), e.getMessage());
        assertTrue(
                e.getMessage().contains("python3.14") && e.getMessage().contains("PROCESSLAB_PYTHON"), e.getMessage());
        // The other Python runs of the same demo still get their interpreter.
        RunSpec.Demo threads = RunSpec.Demo.of(RunKind.PYTHON_THREADS, 2, 2, Workload.COUNT_PRIMES, 1000);
        assertTrue(PythonLaunches.demo(threads, locator, runDir, runDir.resolve("events"))
                .description()
                .startsWith("Python " + version));
    }

    @Test
    void codeMarkedMin314WithoutPython314IsNotRunWithAnOlderOne(@TempDir Path runDir) throws Exception {
        PythonLocator locator = onlyOlderPython(Files.createDirectory(runDir.resolve("bin")));
        RunSpec.PythonSource spec =
                new RunSpec.PythonSource("print(1)", "Your code", Optional.of("3.14"), RunLimits.DEFAULT);
        RunException e = assertThrows(
                RunException.class, () -> PythonLaunches.source(spec, locator, runDir, runDir.resolve("events")));
        assertTrue(e.getMessage().startsWith("Python 3.14 or newer is needed for this example"), e.getMessage());
    }

    @Test
    void switchIntervalGoesToTheThreadDemoAndIntoItsDescription(@TempDir Path runDir) throws Exception {
        PythonLocator locator = new PythonLocator(null);
        RunSpec.Demo spec = new RunSpec.Demo(
                RunKind.PYTHON_THREADS, 2, 2, Workload.COUNT_PRIMES, 1000, "default", false, 200, RunLimits.DEFAULT);
        var launch = PythonLaunches.demo(spec, locator, runDir, runDir.resolve("events"));
        assertTrue(
                launch.command().get(launch.command().size() - 1).equals("200"),
                launch.command().toString());
        assertTrue(launch.description().endsWith(", switch interval 200 ms"), launch.description());
    }
}
