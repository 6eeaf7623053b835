package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.OutputLine;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.RunAccounting;
import processlab.recording.ThreadTrack;
import processlab.run.observe.PythonChild;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.trace.RunSummary;
import processlab.util.OperatingSystem;

/**
 * A run's totals against a truth that does not come from {@code /proc}: the program's own {@code getrusage} for
 * itself and every child it waited for (the kernel's count, the one {@code /usr/bin/time} prints), taken by the
 * program at its very end and printed as {@code TRUTH seconds}.
 */
@Timeout(120)
class RunTotalsTest {

    /** Counts its own and its waited children's CPU time, the way /usr/bin/time's wait4 would. */
    private static final String TRUTH = """
            import resource
            def truth():
                me = resource.getrusage(resource.RUSAGE_SELF)
                kids = resource.getrusage(resource.RUSAGE_CHILDREN)
                print("TRUTH", me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, flush=True)
            """;

    /** 150 children of about 5 ms of CPU each: most of them end between two samples of the observer. */
    private static final String SHORT_CHILDREN = TRUTH + """
            import os, time
            def spin(seconds):
                end = time.process_time() + seconds
                while time.process_time() < end:
                    pass
            for _ in range(150):
                pid = os.fork()
                if pid == 0:
                    spin(0.005)
                    os._exit(0)
                os.waitpid(pid, 0)
            truth()
            """;

    /** Four CPU-bound processes, as the demos run them. */
    private static final String FOUR_PROCESSES = TRUTH + """
            import multiprocessing, time
            def spin():
                end = time.process_time() + 0.6
                while time.process_time() < end:
                    pass
            if __name__ == "__main__":
                workers = [multiprocessing.Process(target=spin) for _ in range(4)]
                for w in workers:
                    w.start()
                for w in workers:
                    w.join()
                truth()
            """;

    @TempDir
    Path dir;

    @Test
    void processesTooShortToBeSampledStillCount() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the kernel's count of reaped children is read from /proc");
        Run run = run(List.of(
                PythonChild.executable(), script("short.py", SHORT_CHILDREN).toString()));
        long sampled = run.sampledCpuNanos();
        assertTrue(
                sampled < 0.9 * run.truthNanos(),
                "the sampler alone sees most of it; the test proves nothing: " + sampled + " of " + run.truthNanos());
        assertWithinTenPercent(run.truthNanos(), run.summary().cpuSeconds());
    }

    @Test
    void aLauncherScriptThatExecsThePythonIsCountedWhole() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the kernel's count of reaped children is read from /proc");
        Path launcher = launcher();
        Run run = run(
                List.of(launcher.toString(), script("four.py", FOUR_PROCESSES).toString()));
        assertWithinTenPercent(run.truthNanos(), run.summary().cpuSeconds());
        ProcessInfo root = run.recording().processes().get(0);
        assertTrue(
                root.command().contains("four.py") && !root.command().contains(launcher.toString()),
                "the root ends as the program it exec'd: " + root.command());
    }

    @Test
    void theAppRunsTheInterpreterBehindALauncherNotTheLauncher() throws Exception {
        Path launcher = launcher();
        RunEnvironment environment = TestRuns.environment().withPython(launcher.toString());
        try (RunSession session = RunSession.start(RunSpec.PythonSource.of("print('hi')"), environment)) {
            Waits.end(session, Duration.ofSeconds(30));
            for (ProcessInfo process : session.recording().processes()) {
                assertFalse(process.command().contains(launcher.toString()), "no launcher shell: " + process);
            }
            assertTrue(
                    session.recording().threads().stream()
                            .noneMatch(t -> t.name().equals("sh") || t.name().equals("bash")),
                    "no shell lane");
        }
    }

    @Test
    void runsThatOverlapEachGetTheirOwnTreesTime() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the kernel's count of reaped children is read from /proc");
        // The second run lingers 2 s after its last child: two main processes that end within the same instant
        // cannot be told apart in the kernel's count, and the runs then rightly give no figure at all.
        String program = script("short.py", SHORT_CHILDREN).toString();
        String lingering =
                script("short-then-wait.py", SHORT_CHILDREN + "time.sleep(2)\n").toString();
        RunLimits limits = RunLimits.withTimeout(Duration.ofSeconds(60));
        try (RunSession first =
                        TestRuns.start(new RunSpec.Program(List.of(PythonChild.executable(), program), limits));
                RunSession second =
                        TestRuns.start(new RunSpec.Program(List.of(PythonChild.executable(), lingering), limits))) {
            for (RunSession session : List.of(first, second)) {
                Waits.end(session, Duration.ofSeconds(90));
                Recording recording = session.recording();
                long truth = truthOf(recording);
                long counted = recording
                        .accounting()
                        .reapedCpuNanos()
                        .orElseThrow(() -> new AssertionError("a run that ended apart from the other got no count"));
                assertEquals(truth, counted, 0.1 * truth, "the kernel's count, shared out to this run");
            }
        }
    }

    @Test
    void theReapedCountIsReadFromTheStatLine() {
        String stat = "123 (a (b) c) S 1 123 123 0 -1 4194560 10 20 0 0 5 6 150 250 20 0 1 0 100 0 0";
        assertEquals(4_000_000_000L, ReapedCpu.parse(stat));
    }

    @Test
    void aBusyMachineIsSaidInPlainWordsAndAFreeOneIsNot() {
        // Over 2 s, the run's 1 CPU second is 0.5 cores; the app 0.1; the rest of the machine's load is others'.
        RunSummary free = summaryWith(
                new RunAccounting(
                        2_000_000_000L, java.util.OptionalLong.empty(), OptionalDouble.of(0.1), OptionalDouble.of(0.8)),
                1.0);
        assertTrue(free.busyMachineNote().isEmpty(), free.otherCores().toString());
        RunSummary busy = summaryWith(
                new RunAccounting(
                        2_000_000_000L, java.util.OptionalLong.empty(), OptionalDouble.of(0.1), OptionalDouble.of(1.4)),
                1.0);
        assertEquals(0.8, busy.otherCores().orElseThrow(), 1e-9);
        assertTrue(
                busy.busyMachineNote().orElseThrow().contains("other programs kept 0.8 cores busy"),
                busy.busyMachineNote().toString());
        assertTrue(busy.toText().contains("The machine was not free"), busy.toText());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private record Run(Recording recording, RunSummary summary, long truthNanos) {

        long sampledCpuNanos() {
            long sum = 0;
            for (ThreadTrack thread : recording.threads()) {
                sum += thread.totalOnCpuNs();
            }
            return sum;
        }
    }

    private static Run run(List<String> argv) throws Exception {
        try (RunSession session =
                TestRuns.start(new RunSpec.Program(argv, RunLimits.withTimeout(Duration.ofSeconds(60))))) {
            RunResult result = Waits.end(session, Duration.ofSeconds(90));
            Recording recording = session.recording();
            assertEquals(0, result.shellExitCode(), Waits.output(recording));
            return new Run(recording, RunSummary.of(recording), truthOf(recording));
        }
    }

    private static long truthOf(Recording recording) {
        String truth = recording.outputAfter(-1).stream()
                .map(OutputLine::text)
                .filter(line -> line.startsWith("TRUTH "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TRUTH line: " + Waits.output(recording)));
        return Math.round(Double.parseDouble(truth.substring(6)) * 1e9);
    }

    private static void assertWithinTenPercent(long truthNanos, double measuredSeconds) {
        double truth = truthNanos / 1e9;
        assertEquals(
                truth,
                measuredSeconds,
                0.1 * truth,
                "CPU seconds: the run says " + measuredSeconds + ", the kernel told the program " + truth);
    }

    private static RunSummary summaryWith(RunAccounting counted, double cpuSeconds) {
        Recording recording = new Recording("synthetic", 2, true);
        recording.setAccounting(new RunAccounting(
                counted.windowNanos(),
                java.util.OptionalLong.of(Math.round(cpuSeconds * 1e9)),
                counted.appCores(),
                counted.machineCores()));
        recording.finish(counted.windowNanos());
        return RunSummary.of(recording);
    }

    private Path script(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /**
     * A launcher like pyenv's shims: a shell script that runs a few helper processes, then execs the real
     * interpreter in its place.
     */
    private Path launcher() throws Exception {
        Path file = dir.resolve("python3");
        Files.writeString(
                file,
                "#!/bin/sh\n"
                        + "for step in version-name which exec; do /bin/true \"$step\"; done\n"
                        + "exec '" + PythonChild.executable() + "' \"$@\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
