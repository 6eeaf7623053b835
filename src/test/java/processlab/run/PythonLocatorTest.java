package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.run.python.PythonInterpreter;
import processlab.run.python.PythonLocator;
import processlab.run.spec.RunException;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;

@Timeout(60)
class PythonLocatorTest {

    @Test
    void missingInterpreterGivesTheMessage() {
        RunException e = assertThrows(
                RunException.class, () -> new PythonLocator(null, Map.of("PATH", "/nonexistent")).locate(false));
        assertTrue(e.getMessage().startsWith(PythonLocator.NOT_FOUND), e.getMessage());
        assertTrue(e.getMessage().contains("PROCESSLAB_PYTHON"));
    }

    @Test
    void badSettingIsNamedInTheMessage() {
        RunException e = assertThrows(
                RunException.class,
                () -> RunSession.start(
                        RunSpec.PythonSource.of("print(1)"),
                        TestRuns.environment().withPython("/nonexistent/python3")));
        assertTrue(e.getMessage().contains("/nonexistent/python3"), e.getMessage());
        assertTrue(e.getMessage().contains("Python 3.8 or newer was not found"), e.getMessage());
    }

    @Test
    void environmentVariableIsUsedWhenThereIsNoSetting() throws Exception {
        PythonInterpreter onPath = new PythonLocator(null).locate(false);
        PythonInterpreter fromEnv = new PythonLocator(
                        null, Map.of("PROCESSLAB_PYTHON", onPath.executable(), "PATH", "/nonexistent"))
                .locate(false);
        assertEquals(onPath, fromEnv);
        assertTrue(onPath.atLeast(3, 8), onPath::toString);
    }

    @Test
    void preferringFreeThreadedFallsBackWithANotice() throws Exception {
        PythonInterpreter python = new PythonLocator(null).locate(true);
        RunSession session = RunSession.start(
                new RunSpec.Demo(
                        RunKind.PYTHON_THREADS, 1, 1, Workload.SLEEP, 1, "default", true, 0, RunLimits.DEFAULT),
                TestRuns.environment().withMonitors(RunMonitor.NONE));
        Waits.end(session, Duration.ofSeconds(30));
        if (!python.freeThreadedBuild()) {
            assertTrue(
                    session.recording().notices().stream().anyMatch(n -> n.contains("No free-threaded Python")),
                    session.recording().notices()::toString);
        } else {
            assertTrue(session.description().contains("free-threaded"));
        }
    }

    @Test
    void pythonMonotonicClockIsJavasNanoTime() throws Exception {
        PythonInterpreter python = new PythonLocator(null).locate(false);
        long before = System.nanoTime();
        Process process =
                new ProcessBuilder(python.executable(), "-c", "import time; print(time.monotonic_ns())").start();
        long pythonNow = Long.parseLong(new String(process.getInputStream().readAllBytes()).trim());
        process.waitFor();
        long after = System.nanoTime();
        assertTrue(before <= pythonNow && pythonNow <= after, before + " <= " + pythonNow + " <= " + after);
    }
}
