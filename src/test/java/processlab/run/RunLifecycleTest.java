package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.OutputLine;
import processlab.recording.TaskSpan;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/** Stop, the limits, and a student's errors, with real Python processes. */
@Timeout(60)
class RunLifecycleTest {

    private static final RunEnvironment ENV = TestRuns.environment().withMonitors(RunMonitor.NONE);

    private static final String SLEEPING_TREE = String.join(
            "\n",
            "import multiprocessing, time",
            "def nap():",
            "    time.sleep(60)",
            "if __name__ == '__main__':",
            "    ps = [multiprocessing.Process(target=nap) for _ in range(4)]",
            "    for p in ps: p.start()",
            "    print('started', flush=True)",
            "    for p in ps: p.join()");

    @Test
    void stopEndsATreeOfSleepingProcessesWithinASecond() throws Exception {
        RunSession session = RunSession.start(RunSpec.PythonSource.of(SLEEPING_TREE), ENV);
        Waits.until(
                Duration.ofSeconds(20),
                () -> session.recording().tasks().size() == 4
                        && !session.recording().outputAfter(-1).isEmpty(),
                () -> Waits.output(session.recording()));
        List<ProcessHandle> tree =
                ProcessHandle.of(session.pid()).orElseThrow().descendants().collect(Collectors.toList());
        // The four sleeping workers; under forkserver (Python 3.14 on Linux) the fork server and the resource
        // tracker are in the tree too, and must end as well.
        Set<Long> workers =
                session.recording().tasks().stream().map(TaskSpan::pid).collect(Collectors.toSet());
        Set<Long> treePids = tree.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        assertEquals(
                4,
                workers.size(),
                "four workers, one task each: " + session.recording().tasks());
        assertTrue(treePids.containsAll(workers), "the workers are in the tree: " + tree);
        long stopAt = System.nanoTime();
        session.stop();
        Waits.until(
                Duration.ofSeconds(1),
                () -> !Waits.running(session.pid()) && tree.stream().noneMatch(p -> Waits.running(p.pid())),
                () -> "tree still alive: "
                        + tree.stream().map(p -> p.pid() + " " + stat(p.pid())).collect(Collectors.joining("; ")));
        long stoppedMs = (System.nanoTime() - stopAt) / 1_000_000;
        RunResult result = Waits.end(session, Duration.ofSeconds(5));
        assertEquals(StopReason.STOPPED, result.reason());
        assertEquals(-15, result.exitCode().orElseThrow(), "ended by SIGTERM");
        assertTrue(stoppedMs < 1000, "stopped in " + stoppedMs + " ms");
        assertTrue(session.recording().isFinished());
    }

    /** What a program writes while it ends on Stop (a handler of SIGTERM) reaches the output, and nothing fails. */
    @Test
    void whatAProgramSaysWhileItEndsOnStopIsKept() throws Exception {
        String lastWords = String.join(
                "\n",
                "import signal, sys, time",
                "def bye(signum, frame):",
                "    time.sleep(0.05)",
                "    for i in range(200):",
                "        print('goodbye', i, flush=True)",
                "    sys.exit(0)",
                "signal.signal(signal.SIGTERM, bye)",
                "print('ready', flush=True)",
                "time.sleep(60)");
        RunSession session = RunSession.start(RunSpec.PythonSource.of(lastWords), ENV);
        Waits.until(
                Duration.ofSeconds(20),
                () -> session.recording().outputAfter(-1).stream()
                        .anyMatch(line -> line.text().equals("ready")),
                () -> Waits.output(session.recording()));
        session.stop();
        Waits.end(session, Duration.ofSeconds(10));
        String output = Waits.output(session.recording());
        assertTrue(output.contains("goodbye 199"), output);
        assertFalse(output.contains("Traceback"), output);
    }

    static String stat(long pid) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        } catch (java.io.IOException e) {
            return "gone";
        }
    }

    @Test
    void endlessPrintingKeepsMemoryBoundedAndStaysStoppable() throws Exception {
        RunLimits limits = RunLimits.DEFAULT.outputLines(500);
        RunSession session = RunSession.start(
                new RunSpec.PythonSource(
                        "i = 0\nwhile True:\n    print('line', i, 'x' * 50000 if i % 1000 == 0 else '')\n    i += 1\n",
                        "printer", limits),
                ENV);
        Waits.until(
                Duration.ofSeconds(20),
                () -> session.recording().droppedOutputLines() > 20_000,
                () -> "dropped only " + session.recording().droppedOutputLines());
        List<OutputLine> kept = session.recording().outputAfter(-1);
        assertTrue(kept.size() <= 500, "kept " + kept.size());
        assertTrue(kept.stream().allMatch(l -> l.text().length() < limits.maxLineChars() + 100), "long lines cut");
        session.stop();
        RunResult result = Waits.end(session, Duration.ofSeconds(5));
        assertEquals(StopReason.STOPPED, result.reason());
        assertTrue(
                session.recording().notices().stream().noneMatch(n -> n.contains("dropped")),
                "dropping is said by the reader that missed lines, with how many");
    }

    @Test
    void tooMuchOutputStopsTheRun() throws Exception {
        RunLimits limits = RunLimits.DEFAULT.maxOutputBytes(1 << 20);
        RunSession session = RunSession.start(
                new RunSpec.PythonSource("while True:\n    print('x' * 100)\n", "printer", limits), ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(20));
        assertEquals(StopReason.OUTPUT_CAP, result.reason());
    }

    @Test
    void timeoutStopsTheRun() throws Exception {
        RunLimits limits = RunLimits.withTimeout(Duration.ofMillis(700));
        RunSession session = RunSession.start(new RunSpec.PythonSource(SLEEPING_TREE, "sleepers", limits), ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(20));
        assertEquals(StopReason.TIMEOUT, result.reason());
        assertTrue(session.recording().notices().stream().anyMatch(n -> n.contains("time limit")));
    }

    @Test
    void tooManyProcessesStopTheRun() throws Exception {
        RunLimits limits = RunLimits.DEFAULT.maxProcesses(3);
        RunSession session = RunSession.start(new RunSpec.PythonSource(SLEEPING_TREE, "sleepers", limits), ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(20));
        assertEquals(StopReason.PROCESS_CAP, result.reason());
    }

    /** Children whose end no one reported (no observer here, and os.waitid reports nothing) do not count. */
    @Test
    void processesThatEndedOneAfterAnotherStayUnderTheCap() throws Exception {
        RunLimits limits = RunLimits.DEFAULT.maxProcesses(3);
        RunSession session = RunSession.start(
                new RunSpec.PythonSource(
                        String.join(
                                "\n",
                                "import os, time",
                                "for i in range(5):",
                                "    pid = os.fork()",
                                "    if pid == 0:",
                                "        os._exit(0)",
                                "    os.waitid(os.P_PID, pid, os.WEXITED)",
                                "time.sleep(0.5)"),
                        "one at a time",
                        limits),
                ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(30));
        assertEquals(
                StopReason.FINISHED,
                result.reason(),
                () -> session.recording().processes().toString());
        assertTrue(
                session.recording().liveProcessCount() > 3,
                () -> "the children's ends were reported: "
                        + session.recording().processes());
    }

    @Test
    void aSyntaxErrorComesOutOnStderrWithItsLine() throws Exception {
        RunSession session = RunSession.start(
                RunSpec.PythonSource.of(
                        "import multiprocessing\n\np = multiprocessing.Process(target=print, args=(1,)\np.start()\n"),
                ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(20));
        assertEquals(1, result.exitCode().orElseThrow());
        String stderr = session.recording().outputAfter(-1).stream()
                .filter(OutputLine::stderr)
                .map(OutputLine::text)
                .collect(Collectors.joining("\n"));
        assertTrue(stderr.contains("line 3"), stderr);
        assertTrue(stderr.contains("SyntaxError"), stderr);
        assertTrue(session.recording().outputAfter(-1).stream().allMatch(l -> l.pid() == session.pid()));
    }

    @Test
    void programReadingInputGetsEndOfFileInsteadOfHanging() throws Exception {
        RunSession session = RunSession.start(
                RunSpec.PythonSource.of("try:\n    input()\nexcept EOFError:\n" + "    print('eof')\n"), ENV);
        Waits.end(session, Duration.ofSeconds(20));
        assertEquals("eof", session.recording().outputAfter(-1).get(0).text());
    }

    @Test
    void runFolderIsRemovedAtTheEnd() throws Exception {
        RunSession session = RunSession.start(RunSpec.PythonSource.of("import os\nprint(os.getcwd())\n"), ENV);
        Waits.end(session, Duration.ofSeconds(20));
        String folder = session.recording().outputAfter(-1).get(0).text();
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of(folder)), folder);
    }
}
