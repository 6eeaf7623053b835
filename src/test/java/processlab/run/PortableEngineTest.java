package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.run.process.RunPlatform;
import processlab.run.process.SessionStarter;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/**
 * The engine macOS gets, proved on Linux: the session bootstrap, and (in the suite's second pass, with
 * {@code -Dprocesslab.engine=portable}) runs with no box, no {@code /proc} observer and a lower priority.
 */
@Timeout(60)
class PortableEngineTest {

    private static final String SLEEPERS = "import multiprocessing as mp, time\n"
            + "if __name__ == '__main__':\n"
            + "    ps = [mp.Process(target=time.sleep, args=(60,)) for _ in range(2)]\n"
            + "    [p.start() for p in ps]\n"
            + "    print('started', flush=True)\n"
            + "    [p.join() for p in ps]\n";

    @Test
    void theBootstrapMakesTheProgramLeaderOfANewSessionUnderItsOwnPid() throws Exception {
        SessionStarter bootstrap = SessionStarter.choose(true);
        assumeTrue(bootstrap.available() && Files.isReadable(Path.of("/proc/self/stat")), "perl and /proc");
        assertEquals("perl bootstrap", bootstrap.name());
        Process sleeper = new ProcessBuilder(bootstrap.wrap(List.of("sleep", "30"))).start();
        try {
            long pid = sleeper.pid();
            Waits.until(
                    Duration.ofSeconds(10),
                    () -> "sleep".equals(comm(pid)),
                    () -> "the program never replaced the bootstrap: " + comm(pid));
            assertEquals(pid, statField(pid, 5), "its own process group");
            assertEquals(pid, statField(pid, 6), "its own session");
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aPortableRunHasNoBoxNoCoresAndALowerPriority() throws Exception {
        assumeTrue(RunPlatform.portableForced(), "the suite's portable pass");
        RunSession session = TestRuns.start(
                new RunSpec.PythonSource(SLEEPERS, "sleepers", RunLimits.withTimeout(Duration.ofSeconds(50))));
        try {
            Waits.until(
                    Duration.ofSeconds(20),
                    () -> session.recording().outputAfter(-1).stream()
                            .anyMatch(l -> l.text().equals("started")),
                    () -> Waits.output(session.recording()));
            long main = session.pid();
            assertEquals(main, statField(main, 6), "the run's first process leads a session of its own");
            assertEquals(RunPriority.RUN_NICENESS, statField(main, 19), "the run steps down");
            assertFalse(commandOf(main).contains("box.py"), "no box: " + commandOf(main));
            assertFalse(session.recording().threadCoresKnown(), "OSHI observes, and cannot say which core");
            Waits.until(
                    Duration.ofSeconds(5),
                    () -> mainThreadName(session, main).startsWith("python"),
                    () -> "the main thread is shown as " + mainThreadName(session, main) + ", the bootstrap's name");
        } finally {
            session.stop();
        }
        assertEquals(
                StopReason.STOPPED, Waits.end(session, Duration.ofSeconds(20)).reason());
    }

    private static String mainThreadName(RunSession session, long main) {
        return session.recording().threads().stream()
                .filter(track -> track.tid() == main)
                .map(track -> track.name())
                .findFirst()
                .orElse("");
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"))
                    .trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static String commandOf(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** Field {@code n} (1-based, as proc(5) numbers them) of /proc/PID/stat. */
    private static long statField(long pid, int n) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(after[n - 3]);
    }
}
