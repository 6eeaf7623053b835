package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.util.OperatingSystem;

/**
 * What {@link RunPriorityTest} checks, runnable in this JVM or, with {@link #main}, in a child JVM that leads a
 * session (and so an autogroup) of its own: a JVM started by a container's init, as CI's may be, sits in the
 * root group, which cannot be lowered, and there the app cannot step back at all.
 */
final class RunPriorityScenarios {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private RunPriorityScenarios() {}

    /** Runs the scenario named by the argument; exits 0 when it held, 1 with its failure on stderr otherwise. */
    public static void main(String[] args) {
        try {
            switch (args[0]) {
                case "stepsBack" -> theAppStepsBackWhileARunIsLiveAndTheRunKeepsItsPriority();
                case "fallsBehind" -> theAppTakesItsPlaceBackWhenItsObserversFallBehind();
                default -> throw new IllegalArgumentException("no scenario " + args[0]);
            }
            System.exit(0);
        } catch (Throwable failed) {
            failed.printStackTrace();
            System.exit(1);
        }
    }

    /** Whether this JVM's scheduling group is an autogroup that it may lower. */
    static boolean inAnAutogroupOfItsOwn() {
        return OperatingSystem.isLinux()
                && Files.isWritable(Path.of("/proc/self/autogroup"))
                && RunPriority.autogroupNiceness(ProcessHandle.current().pid()) >= 0;
    }

    static void theAppStepsBackWhileARunIsLiveAndTheRunKeepsItsPriority() throws Exception {
        long app = ProcessHandle.current().pid();
        int appGroupBefore = noRunLive();
        try (RunSession session = sleeper()) {
            long pid = session.pid();
            Waits.until(WAIT, () -> command(pid).startsWith("sleep"), () -> "never became sleep: " + command(pid));
            assertEquals(niceOf(app), niceOf(pid), "the run keeps the app's own niceness");
            assertNotEquals(autogroup(pid), autogroup(app), "the run leads a scheduling group of its own");
            assertEquals(0, RunPriority.autogroupNiceness(pid), "the run's group keeps the normal priority");
            Waits.until(
                    WAIT,
                    () -> RunPriority.autogroupNiceness(app) == Math.max(appGroupBefore, RunPriority.STEPS_BACK[0]),
                    () -> "the app's group did not step back: " + RunPriority.autogroupNiceness(app));
            Waits.until(
                    WAIT,
                    () -> compilerThreadsNiceness().allMatch(n -> n == 19),
                    () -> "the JIT compiler threads were not lowered");
            session.stop();
            Waits.end(session, WAIT);
        }
        Waits.until(
                WAIT,
                () -> RunPriority.autogroupNiceness(app) == appGroupBefore,
                () -> "the app's group did not come back: " + RunPriority.autogroupNiceness(app));
    }

    static void theAppTakesItsPlaceBackWhenItsObserversFallBehind() throws Exception {
        long app = ProcessHandle.current().pid();
        int appGroupBefore = noRunLive();
        try (RunSession session = sleeper()) {
            Waits.until(
                    WAIT,
                    () -> RunPriority.autogroupNiceness(app) != appGroupBefore,
                    () -> "the app's group did not step back");
            // As when other programs keep the cores busy and the lowered observer misses its samples: one step
            // forward each time it falls behind, down to the app's own place.
            for (int step = 1; step < RunPriority.STEPS_BACK.length; step++) {
                int expected = Math.max(appGroupBefore, RunPriority.STEPS_BACK[step]);
                processlab.run.observe.MissedSamples.report(50);
                Waits.until(
                        WAIT,
                        () -> RunPriority.autogroupNiceness(app) == expected,
                        () -> "expected nice " + expected + ", the app's group is at "
                                + RunPriority.autogroupNiceness(app));
            }
            assertEquals(appGroupBefore, RunPriority.autogroupNiceness(app), "back at its own place");
            assertEquals(true, session.isRunning(), "the run is still live");
            session.stop();
            Waits.end(session, WAIT);
        }
    }

    /** Ends what earlier tests left running; the app's own group niceness then. */
    private static int noRunLive() {
        TestRuns.HOST.stopAll();
        Waits.until(WAIT, () -> !RunPriority.yielding(), () -> "runs of earlier tests still live");
        return RunPriority.autogroupNiceness(ProcessHandle.current().pid());
    }

    /** A live run that uses no CPU, so nothing but the test moves the app's priority. */
    private static RunSession sleeper() throws RunException {
        return TestRuns.start(
                new RunSpec.Program(List.of("sleep", "20"), RunLimits.withTimeout(Duration.ofSeconds(25))));
    }

    private static Stream<Integer> compilerThreadsNiceness() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks
                    .filter(task -> read(task.resolve("comm")).contains("CompilerThre"))
                    .map(task -> niceOfStat(read(task.resolve("stat"))))
                    .toList()
                    .stream();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }

    private static String command(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
    }

    private static int niceOf(long pid) {
        return niceOfStat(read(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** Field 19 of a stat line, counted after the command name that may hold spaces. */
    private static int niceOfStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    private static String autogroup(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "autogroup")).trim().split(" ")[0];
    }
}
