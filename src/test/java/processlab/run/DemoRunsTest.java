package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;

/** The built-in Python demos run and report what the timeline needs, with every start method. */
@Timeout(120)
class DemoRunsTest {

    private static final RunEnvironment ENV = TestRuns.environment().withMonitors(RunMonitor.NONE);

    private static Recording run(RunKind kind, String startMethod) throws Exception {
        RunSession session = RunSession.start(
                new RunSpec.Demo(kind, 3, 6, Workload.SLEEP, 100, startMethod, false, 0, RunLimits.DEFAULT), ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(session.recording()));
        assertEquals(StopReason.FINISHED, result.reason());
        return session.recording();
    }

    @Test
    void pythonThreadsShowThreeWorkerThreadsInOneProcess() throws Exception {
        Recording recording = run(RunKind.PYTHON_THREADS, "default");
        List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "thread");
        assertEquals(
                Set.of("worker-1", "worker-2", "worker-3"),
                spans.stream().map(TaskSpan::task).collect(Collectors.toSet()));
        assertEquals(1, spans.stream().map(TaskSpan::pid).distinct().count());
        assertEquals(6, recording.outputAfter(-1).size(), Waits.output(recording));
    }

    @Test
    void pythonProcessesShowThreeProcessesWithEveryStartMethod() throws Exception {
        for (String method : List.of("fork", "spawn", "forkserver")) {
            Recording recording = run(RunKind.PYTHON_PROCESSES, method);
            List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "process");
            assertEquals(
                    Set.of("worker-1", "worker-2", "worker-3"),
                    spans.stream().map(TaskSpan::task).collect(Collectors.toSet()),
                    method);
            Set<Long> pids = spans.stream().map(TaskSpan::pid).collect(Collectors.toSet());
            assertEquals(3, pids.size(), method);
            for (OutputLine line : recording.outputAfter(-1)) {
                assertTrue(line.text().startsWith("process " + line.pid() + " "), method + ": " + line);
            }
        }
    }

    @Test
    void pythonPoolShowsEveryTask() throws Exception {
        Recording recording = run(RunKind.PYTHON_POOL, "spawn");
        List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "pool");
        assertEquals(6, spans.size(), spans::toString);
        assertTrue(spans.stream().noneMatch(TaskSpan::isRunning));
    }
}
