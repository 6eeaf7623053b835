package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;

/**
 * The engine follows what Python 3.14 does differently: children started by the forkserver (the default on Linux),
 * and subinterpreters, whose threads share one pid. Skipped, saying so, only where no 3.14 exists (in CI it does).
 */
@Timeout(120)
class Python314RunsTest {

    private static String python314;

    @TempDir
    Path work;

    @BeforeAll
    static void findPython314() {
        python314 = Python314.find().orElse(null);
    }

    private static RunEnvironment environment() {
        Assumptions.assumeTrue(python314 != null, () -> Python314.skipped("Python314RunsTest"));
        return TestRuns.environment().withPython(python314);
    }

    @Test
    void subinterpreterDemoRunsEveryTaskOnThreadsOfOneProcess() throws Exception {
        RunSession session = RunSession.start(
                new RunSpec.Demo(
                        RunKind.PYTHON_INTERPRETERS, 2, 4, Workload.HASH, 50, "default", false, 0, RunLimits.DEFAULT),
                environment());
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        Recording recording = session.recording();
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording));
        List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "pool");
        assertEquals(
                Set.of("0", "1", "2", "3"),
                spans.stream().map(TaskSpan::task).collect(Collectors.toSet()),
                spans::toString);
        assertEquals(1, spans.stream().map(TaskSpan::pid).distinct().count(), "one process: " + spans);
        assertEquals(2, spans.stream().map(TaskSpan::tid).distinct().count(), "two interpreter threads: " + spans);
        long root = spans.get(0).pid();
        assertTrue(spans.stream().noneMatch(s -> s.tid() == root), "no task on the main thread: " + spans);
        assertEquals(
                1, recording.processes().stream().filter(p -> p.pid() == root).count());
        assertTrue(
                recording.outputAfter(-1).stream()
                        .anyMatch(line -> line.pid() == root
                                && line.text().equals("process " + root + " finished 4 tasks in 2 interpreters")),
                Waits.output(recording));
        // The thread demo's machinery does not report the interpreter pool's worker threads as tasks of their own.
        assertEquals(List.of(), PythonTaskEventsTest.spansLabelled(recording, "thread"));
    }

    @Test
    void aProgramOn314StartsItsProcessesFromTheForkserverAndRunsAnInterpreterPool() throws Exception {
        Path program = work.resolve("program.py");
        Files.writeString(
                program,
                String.join(
                        "\n",
                        "import multiprocessing as mp, os",
                        "from concurrent.futures import InterpreterPoolExecutor",
                        "def square(x):",
                        "    return x * x",
                        "def child():",
                        "    print('child', os.getpid(), 'parent', mp.parent_process().pid, 'ppid', os.getppid())",
                        "if __name__ == '__main__':",
                        "    print('method', mp.get_start_method())",
                        "    p = mp.Process(target=child)",
                        "    p.start(); p.join()",
                        "    with InterpreterPoolExecutor(max_workers=2) as pool:",
                        "        print('squares', list(pool.map(square, range(4))))",
                        ""));
        environment();
        RunSession session = RunSession.start(
                new RunSpec.Program(List.of(python314, program.toString()), RunLimits.DEFAULT),
                TestRuns.environment().withMonitors(RunMonitor.NONE));
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        Recording recording = session.recording();
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording));
        List<String> lines =
                recording.outputAfter(-1).stream().map(OutputLine::text).toList();
        assertTrue(lines.contains("squares [0, 1, 4, 9]"), lines::toString);
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertTrue(lines.contains("method forkserver"), lines::toString);
            String childLine = lines.stream()
                    .filter(l -> l.startsWith("child "))
                    .findFirst()
                    .orElseThrow();
            String[] words = childLine.split(" ");
            assertNotEquals(
                    words[3], words[5], "a forkserver child's ppid is the server's, not the program's: " + childLine);
        }
        List<TaskSpan> process = PythonTaskEventsTest.spansLabelled(recording, "process");
        assertEquals(1, process.size(), process::toString);
        List<TaskSpan> pool = PythonTaskEventsTest.spansLabelled(recording, "pool");
        assertEquals(4, pool.size(), pool::toString);
        assertTrue(pool.stream().noneMatch(TaskSpan::isRunning));
        long root = pool.get(0).pid();
        assertTrue(pool.stream().allMatch(s -> s.pid() == root), pool::toString);
        assertNotEquals(root, process.get(0).pid());
    }
}
