package processlab.run;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import processlab.run.observe.Lateness;
import processlab.run.process.Guardian;
import processlab.run.process.ProcessGroups;
import processlab.run.process.RunPlatform;

/**
 * The run is what is measured, so the run wins the CPU: runs keep the normal priority, and while any run is live
 * the app steps back. Before, runs started at {@code nice} 10 so that a busy demo could not starve the window; on
 * a two-core machine the app's first minute of compiling and drawing then won every contended tick, and four
 * processes showed no more cores busy than one.
 *
 * <p>On Linux, two steps:
 * <ul>
 * <li>While a run is live, the app's scheduling group is lowered ({@link #STEPS_BACK}). Where the kernel
 * groups each session for the scheduler (autogrouping, the default unless a cgroup CPU controller is in use), a
 * run leads a session of its own ({@link ProcessGroups}), so the run and the app compete as two groups and only a
 * group's niceness counts between them. It goes back to what it was when the last run ends. The group is the
 * app's session: other programs started from the same terminal step back with it meanwhile.</li>
 * <li>The JVM's background threads (the JIT compilers) are set to niceness 19 at the first run, for good: within
 * the app they give way to the threads that measure and draw, and where there are no autogroups they give way to
 * the run as well. (A raised niceness cannot be lowered again without privileges, so it is not undone.)</li>
 * </ul>
 * A lowered app can be starved of the CPU it needs to observe and draw the run, when the run is large or other
 * programs keep the cores busy too: when its observers miss samples or its window misses frames ({@link Lateness}),
 * it steps back less, down to its normal place, until no run is live. A run that is not observed shows nothing.
 * Elsewhere runs and the app keep the same priority. A change that the system refuses is skipped: the run goes on.
 */
public final class RunPriority {

    /**
     * How far the app steps back while a run is live, as its group's niceness: it starts at the first and moves
     * to the next whenever its own observers miss samples or its window misses frames, until no run is live. Nice
     * 15 is weight 36 against the run's 1024; 10 is 110, 5 is 335. Measured on two cores: during lesson 2's first
     * demo 15 let four processes keep 0.94 of the cores busy they keep outside the app (10: 0.88); a demo of 32
     * busy threads starves the window at 15 and 10 (a frame every 1-2 s) and needs 5 (p99 of 26 ms).
     */
    static final int[] STEPS_BACK = {15, 10, 5, 0};

    private static final System.Logger LOG = System.getLogger(RunPriority.class.getName());
    private static final Path OWN_AUTOGROUP = Path.of("/proc/self/autogroup");
    private static final int PRIO_PROCESS = 0;
    private static final int BACKGROUND_NICENESS = 19;
    /** A run's niceness where it steps down instead of the app stepping back: below the app, above idle work. */
    static final int RUN_NICENESS = 10;
    /** The kernel takes one autogroup change per 100 ms from a non-admin user. */
    private static final long AUTOGROUP_RETRY_MS = 110;

    private static final int AUTOGROUP_TRIES = 10;
    /**
     * While stepping back, how often the app's own lateness is looked at, and how much of it is tolerated: about half
     * the samples of a 100 Hz observer in that time, or one frame (a few late samples only make a lane coarser).
     */
    private static final long LATENESS_CHECK_MS = 250;

    private static final long MISSED_SAMPLES_TOLERATED = 12;
    private static final long LATE_FRAMES_TOLERATED = 1;

    private static final Object LOCK = new Object();
    private static int liveRuns;
    private static int originalNiceness = Integer.MIN_VALUE;
    /** Threads whose name was already looked at (lowered or not): each run's start reads only new ones. */
    private static final Set<Long> checkedThreads = new HashSet<>();

    private static Thread applier;
    private static boolean wantYield;
    /**
     * The guardian of the newest run's host, told what to give back if the app dies while it steps back. The
     * stepping back is the process's (its autogroup), not one host's, so this is the only state kept across hosts.
     */
    private static volatile Guardian guardianToTell;

    private RunPriority() {}

    /** A run has started; the first live run makes the app step back. */
    static void runStarted(Guardian guardian) {
        synchronized (LOCK) {
            if (guardian != null) {
                guardianToTell = guardian;
            }
            if (liveRuns++ == 0) {
                request(true);
            }
        }
    }

    /** A run has ended; when none is left the app takes its normal place again. */
    static void runEnded() {
        synchronized (LOCK) {
            if (liveRuns > 0 && --liveRuns == 0) {
                request(false);
            }
        }
    }

    /** Loads what stepping back needs (the C library, through JNA), so a first run does not wait for it. */
    static void prepare() {
        if (!RunPlatform.offersJobObjects()) {
            try {
                Niceness.load();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "the C library could not be loaded", e);
            }
        }
    }

    /**
     * Where the app does not step back (macOS, the portable engine; Windows sets the job's priority class), the run
     * steps down: its first process gets {@link #RUN_NICENESS}, which every process it starts inherits. Called as
     * soon as the process exists; a child forked before that keeps the normal priority.
     */
    static void lowerRun(long pid) {
        if (RunPlatform.appStepsBack() || RunPlatform.offersJobObjects()) {
            return;
        }
        try {
            Niceness.set(pid, RUN_NICENESS);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "the run's priority could not be lowered", e);
        }
    }

    /** Whether the app is stepping back now (for tests). */
    static boolean yielding() {
        synchronized (LOCK) {
            return liveRuns > 0;
        }
    }

    /**
     * The changes are made on a thread of their own: the kernel may ask to wait 100 ms between autogroup changes,
     * and neither a run's start nor its end should wait for that. Only the newest wish is carried out.
     */
    private static void request(boolean yield) {
        if (!RunPlatform.appStepsBack()) {
            return;
        }
        wantYield = yield;
        if (applier == null || !applier.isAlive()) {
            applier = new Thread(RunPriority::applyWishes, "processlab-priority");
            applier.setDaemon(true);
            applier.start();
            // A JVM that exits with a run still live (System.exit) gives its session its priority back itself.
            Runtime.getRuntime().addShutdownHook(new Thread(RunPriority::restoreOnExit, "processlab-priority-restore"));
        }
        LOCK.notifyAll();
    }

    /** Carries out the wishes: one step back when runs go live, further forward when the app falls behind. */
    private static void applyWishes() {
        int applied = -1; // index into STEPS_BACK; -1 = not stepping back
        // Lateness is counted from the last look, across a step: what a step's change took time to cure still counts.
        long missed = Lateness.missedSamples();
        long lateFrames = Lateness.lateFrames();
        while (true) {
            int wanted;
            synchronized (LOCK) {
                while (wantYield ? applied >= 0 : applied < 0) {
                    try {
                        LOCK.wait(applied >= 0 ? LATENESS_CHECK_MS : 0);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long missedNow = Lateness.missedSamples() - missed;
                    long lateNow = Lateness.lateFrames() - lateFrames;
                    boolean behind = missedNow >= MISSED_SAMPLES_TOLERATED || lateNow >= LATE_FRAMES_TOLERATED;
                    missed += missedNow;
                    lateFrames += lateNow;
                    if (applied >= 0 && wantYield && behind && applied < STEPS_BACK.length - 1) {
                        // Other programs keep the cores busy too, or the run is so large that the app cannot
                        // observe or draw it from so far back: measuring and a usable window come first.
                        LOG.log(
                                System.Logger.Level.DEBUG,
                                "the app fell behind (" + missedNow + " samples missed, " + lateNow
                                        + " frames late): it steps back less than nice " + STEPS_BACK[applied]);
                        break;
                    }
                }
                wanted = !wantYield ? -1 : applied < 0 ? 0 : Math.min(applied + 1, STEPS_BACK.length - 1);
            }
            setOwnAutogroup(wanted < 0 ? -1 : STEPS_BACK[wanted]);
            if (wanted == 0) {
                lowerBackgroundThreads();
            }
            applied = wanted;
        }
    }

    private static void restoreOnExit() {
        if (originalNiceness != Integer.MIN_VALUE
                && autogroupNiceness(ProcessHandle.current().pid()) != originalNiceness) {
            setOwnAutogroup(-1);
        }
    }

    /**
     * Whether the app's scheduling group can be lowered: it must be an autogroup of the app's session. A process
     * whose session was never made anew since boot (one started by a container's init, as CI's may be) sits in the
     * root group, which shows no niceness and cannot be changed; there only the compiler threads give way.
     */
    static boolean canStepBack() {
        return RunPlatform.appStepsBack()
                && Files.isWritable(OWN_AUTOGROUP)
                && autogroupNiceness(ProcessHandle.current().pid()) >= 0;
    }

    /** @param niceness the group niceness while stepping back, or -1 for the app's own */
    private static void setOwnAutogroup(int niceness) {
        if (!canStepBack()) {
            return;
        }
        for (int attempt = 0; attempt < AUTOGROUP_TRIES; attempt++) {
            try {
                if (originalNiceness == Integer.MIN_VALUE) {
                    originalNiceness = Math.max(
                            0, autogroupNiceness(ProcessHandle.current().pid()));
                }
                int wanted = Math.max(originalNiceness, niceness);
                Files.writeString(OWN_AUTOGROUP, Integer.toString(wanted));
                tellGuardian(wanted != originalNiceness);
                return;
            } catch (IOException busy) {
                try {
                    TimeUnit.MILLISECONDS.sleep(AUTOGROUP_RETRY_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        LOG.log(System.Logger.Level.DEBUG, "the app's autogroup could not be changed");
    }

    /**
     * The lowered group is the app's session's: if the app is killed meanwhile, the programs left in that session
     * (the terminal that started it) would keep the lower priority. The guardian, which outlives the app, gives it
     * back through the app's parent when that parent shares the app's group.
     */
    private static void tellGuardian(boolean yield) {
        // Each run's host has started its guardian already; none is started here (this also runs at the JVM's exit).
        Guardian guardian = guardianToTell;
        if (guardian == null) {
            return;
        }
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (yield && parent > 1 && sameAutogroup(parent, ProcessHandle.current().pid())) {
            guardian.restoreAutogroupOnDeath(parent, originalNiceness);
        } else {
            guardian.forgetAutogroup();
        }
    }

    private static boolean sameAutogroup(long a, long b) {
        try {
            String first = Files.readString(Path.of("/proc", Long.toString(a), "autogroup"))
                    .split(" ")[0];
            String second = Files.readString(Path.of("/proc", Long.toString(b), "autogroup"))
                    .split(" ")[0];
            return first.equals(second);
        } catch (IOException e) {
            return false;
        }
    }

    /** The JIT compiler threads, by their names in {@code /proc/self/task/TID/comm}. */
    private static void lowerBackgroundThreads() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                long tid = Long.parseLong(task.getFileName().toString());
                if (!checkedThreads.add(tid)) {
                    return;
                }
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    if (name.contains("CompilerThre") || name.startsWith("Sweeper")) {
                        Niceness.set(tid, BACKGROUND_NICENESS);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "the JVM's background threads could not be lowered", e);
        }
    }

    /** The autogroup niceness of a process ("/autogroup-12 nice 10" → 10), or -1 where there is none. */
    static int autogroupNiceness(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "autogroup"))
                    .trim();
            int at = line.lastIndexOf(' ');
            return Integer.parseInt(line.substring(at + 1));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code setpriority(2)} on one thread: on Linux a thread id is a valid {@code PRIO_PROCESS} target. */
    private static final class Niceness {

        private interface C extends Library {
            int setpriority(int which, int who, int prio);
        }

        private static final C LIBC = Native.load("c", C.class);

        /** Loading the class loads the library. */
        static void load() {}

        static void set(long tid, int niceness) {
            LIBC.setpriority(PRIO_PROCESS, (int) tid, niceness);
        }
    }
}
