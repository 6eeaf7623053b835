package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.util.OperatingSystem;

/**
 * Programs written to escape the run or outgrow it, as a hostile student would write them. Each writes the pid of
 * every process it hides to a file; after the run, none of them may be left, and the app says what it stopped.
 */
@Timeout(120)
class SealedRunTest {

    /** A child that leaves the run's session and group, then outlives its parent. */
    private static final String SETSID_CHILD = """
            import os, sys, time
            if os.fork() == 0:
                os.setsid()
                with open(sys.argv[1], "a") as f: f.write("%d\\n" % os.getpid())
                time.sleep(100)
                os._exit(0)
            """;

    /** The classic daemon: fork, setsid, fork again, the middle one exits at once. */
    private static final String DOUBLE_FORK = """
            import os, sys, time
            if os.fork() == 0:
                os.setsid()
                if os.fork() == 0:
                    with open(sys.argv[1], "a") as f: f.write("%d\\n" % os.getpid())
                    time.sleep(100)
                os._exit(0)
            os.wait()
            """;

    @TempDir
    Path dir;

    private Escapees escapees;

    @AfterEach
    void killWhatEscaped() {
        if (escapees != null) {
            escapees.killAll(); // a failing test must not leave its hostile processes on the machine
        }
    }

    @Test
    void aChildThatCallsSetsidEndsWithTheRun() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        Run run = run(SETSID_CHILD + "time.sleep(1.5)\n", Duration.ofSeconds(60));
        RunResult result = run.end();
        assertEquals(StopReason.FINISHED, result.reason());
        escapees.assertNoneLeft();
        assertTrue(
                run.notices().contains("A process still running after the main process ended was stopped."),
                run.notices());
    }

    @Test
    void aDoubleForkedDaemonEndsWithTheRun() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        Run run = run(DOUBLE_FORK + "time.sleep(1)\n", Duration.ofSeconds(60));
        run.end();
        escapees.assertNoneLeft();
        assertTrue(run.notices().contains("was stopped"), run.notices());
    }

    @Test
    void stopEndsProcessesThatLeftTheGroup() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        Run run = run(
                SETSID_CHILD + DOUBLE_FORK.replace("import os, sys, time\n", "") + "time.sleep(100)\n",
                Duration.ofSeconds(60));
        escapees.awaitCount(2);
        run.session.stop();
        assertEquals(StopReason.STOPPED, run.end().reason());
        escapees.assertNoneLeft();
    }

    @Test
    void theTimeLimitEndsProcessesThatLeftTheGroup() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        Run run = run(
                SETSID_CHILD + DOUBLE_FORK.replace("import os, sys, time\n", "") + "time.sleep(100)\n",
                Duration.ofSeconds(3));
        escapees.awaitCount(2);
        RunResult result = run.end();
        assertEquals(StopReason.TIMEOUT, result.reason());
        assertEquals(-15, result.exitCode().orElseThrow(), "SIGTERM ended the main process");
        escapees.assertNoneLeft();
    }

    /**
     * 15 parents that fork 20 sleepers each and exit: the 300 sleepers are orphans in sessions of their own, found
     * neither below the main process nor in its session, and still the run's.
     */
    @Test
    void theProcessCapCountsOrphansToo() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        String program = """
                import os, sys, time
                for _ in range(15):
                    if os.fork() == 0:
                        for _ in range(20):
                            if os.fork() == 0:
                                os.setsid()
                                with open(sys.argv[1], "a") as f: f.write("%d\\n" % os.getpid())
                                time.sleep(100)
                                os._exit(0)
                        os._exit(0)
                    os.wait()
                time.sleep(100)
                """;
        Run run = run(program, Duration.ofSeconds(60), 200);
        RunResult result = run.end();
        assertEquals(StopReason.PROCESS_CAP, result.reason(), run.notices());
        assertTrue(run.notices().contains("more than 200 processes at once"), run.notices());
        assertTrue(result.wallNs() < 30_000_000_000L, "stopped long before the time limit");
        escapees.assertNoneLeft();
    }

    /** The box is the main process's parent, so a program can kill it: what the run made is still ended. */
    @Test
    void aProgramThatKillsItsBoxIsStillEnded() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        String program = SETSID_CHILD + """
                with open(sys.argv[1], "a") as f: f.write("%d\\n" % os.getpid())
                time.sleep(1.5)  # the observer has seen the child by now (it scans all of /proc twice a second)
                os.kill(os.getppid(), 9)
                time.sleep(100)
                """;
        Run run = run(program, Duration.ofSeconds(60));
        escapees.awaitCount(2);
        run.end();
        escapees.assertNoneLeft();
        assertTrue(run.notices().contains("supervisor was ended from inside the run"), run.notices());
    }

    @Test
    void theExitStatusIsTheKernelsEvenForAProgramThatIsNotPython() throws Exception {
        assumeTrue(OperatingSystem.isLinux(), "the run box is Linux's");
        RunLimits limits = RunLimits.withTimeout(Duration.ofSeconds(30));
        try (RunSession exits = TestRuns.start(new RunSpec.Program(java.util.List.of("sh", "-c", "exit 143"), limits));
                RunSession killed =
                        TestRuns.start(new RunSpec.Program(java.util.List.of("sh", "-c", "kill -TERM $$"), limits))) {
            assertEquals(
                    143,
                    Waits.end(exits, Duration.ofSeconds(30)).exitCode().orElseThrow(),
                    "an exit with code 143 is that code");
            assertEquals(
                    -15, Waits.end(killed, Duration.ofSeconds(30)).exitCode().orElseThrow(), "signal 15 is a signal");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Run run(String program, Duration timeout) throws Exception {
        return run(program, timeout, RunLimits.DEFAULT.maxProcesses());
    }

    /** Starts {@code program} with the path of its pid file as argument. */
    private Run run(String program, Duration timeout, int maxProcesses) throws Exception {
        Path pids = dir.resolve("pids");
        escapees = new Escapees(pids);
        Path script = dir.resolve("hostile.py");
        java.nio.file.Files.writeString(script, program);
        RunLimits limits = RunLimits.withTimeout(timeout).maxProcesses(maxProcesses);
        RunSession session = TestRuns.start(new RunSpec.Program(
                java.util.List.of(processlab.run.observe.PythonChild.executable(), script.toString(), pids.toString()),
                limits));
        return new Run(session);
    }

    private record Run(RunSession session) {
        RunResult end() throws InterruptedException {
            return Waits.end(session, Duration.ofSeconds(60));
        }

        String notices() {
            return String.join("\n", session.recording().notices()) + "\noutput:\n" + Waits.output(session.recording());
        }
    }
}
