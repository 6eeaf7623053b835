package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.Recording;
import processlab.run.spec.RunSpec;

/** How a run ends when something in the engine fails, and what its Recording says about the observer used. */
@Timeout(60)
class RunSessionEndTest {

    private static final Duration END = Duration.ofSeconds(20);
    private static final String PRINT_RUN_FOLDER = "import os\nprint(os.path.dirname(os.getcwd()))\n";

    @Test
    void aMonitorFailingToCloseStillLeavesAFinishedRunAndNoFolder() throws Exception {
        RunMonitor.Factory breaking = (recording, rootPid) -> () -> {
            throw new IllegalStateException("observer broke");
        };
        RunSession session = RunSession.start(
                RunSpec.PythonSource.of(PRINT_RUN_FOLDER),
                TestRuns.environment().withMonitors(breaking));
        RunResult result = Waits.end(session, END);
        Recording recording = session.recording();
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording));
        assertEquals(StopReason.FINISHED, result.reason());
        assertTrue(recording.isFinished(), "the recording was never ended");
        assertTrue(
                recording.notices().stream().anyMatch(n -> n.contains("observer broke")),
                recording.notices()::toString);
        Path runFolder = Path.of(recording.outputAfter(-1).get(0).text());
        assertFalse(Files.exists(runFolder), "run folder left behind: " + runFolder);
        assertFalse(session.isRunning());
    }

    @Test
    void withoutAnObserverThreadCoresAreNotKnown() throws Exception {
        RunSession session = RunSession.start(
                RunSpec.PythonSource.of("pass\n"), TestRuns.environment().withMonitors(RunMonitor.NONE));
        Waits.end(session, END);
        assertFalse(session.recording().threadCoresKnown(), "nothing observed which core a thread ran on");
    }

    @Test
    void theProcObserverMakesThreadCoresKnown() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/task")), "a /proc system");
        RunSession session = RunSession.start(RunSpec.PythonSource.of("pass\n"), TestRuns.environment());
        Waits.end(session, END);
        assertTrue(session.recording().threadCoresKnown());
    }
}
