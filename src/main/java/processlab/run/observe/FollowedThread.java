package processlab.run.observe;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/**
 * One Linux thread the observer follows: its two open {@code /proc} files and what was read last time, so
 * each tick records the difference.
 */
final class FollowedThread implements AutoCloseable {

    private static final int SCHEDSTAT_BYTES = 128;
    private static final int STAT_BYTES = 1024;
    private static final int CHILDREN_BYTES = 4096;
    /** Field of {@code stat} holding the core the thread last ran on (proc(5): "processor"). */
    private static final int FIELD_PROCESSOR = 39;
    /** Field of {@code stat}: when the thread started, in clock ticks since boot. */
    static final int FIELD_START_TIME = 22;
    /** Re-read state and core of a thread that did not run at least this often, in ticks. */
    private static final int IDLE_STAT_EVERY = 10;
    /** After this many ticks without running, a thread is read only every {@link #IDLE_READ_EVERY} ticks. */
    private static final int IDLE_BACKOFF_AFTER = 20;

    private static final int IDLE_READ_EVERY = 3;
    /** Re-read the core of a thread that keeps being switched in (and the state of one in state R) this often. */
    private static final int BUSY_STAT_EVERY = 3;

    final long tid;
    final Path taskDir;
    private final ProcFile schedstat;
    private final ProcFile stat;
    /** The thread's children ({@code children}: pids it forked), or null where the kernel lacks the file. */
    private final ProcFile children;

    private final ThreadTrack track;
    private long lastCpuNs;
    private long lastReadNs;
    private int core = CpuSample.UNKNOWN_CORE;
    private char state = '?';
    private int ticksSinceStat;
    private int idleTicks;
    private int skippedTicks;
    /** schedstat's count of times switched onto a CPU, when stat was last read; -1 before. */
    private long switchInsAtStat = -1;
    /** Whether the thread used CPU since its {@code children} file was last read: only then can it have forked. */
    private boolean ranSinceChildrenRead = true;

    private FollowedThread(
            long tid, Path taskDir, ProcFile schedstat, ProcFile stat, ProcFile children, ThreadTrack track) {
        this.tid = tid;
        this.taskDir = taskDir;
        this.schedstat = schedstat;
        this.stat = stat;
        this.children = children;
        this.track = track;
    }

    /**
     * Starts following a thread just found. Its first sample spans from {@code sinceNs} (the last time the
     * observer looked and did not see it) to now, holding the CPU it used since it was born.
     *
     * @return null when the thread ended before it could be opened
     */
    static FollowedThread open(long pid, long tid, Path taskDir, Recording recording, long sinceNs) {
        ProcFile schedstat = ProcFile.openOrNull(taskDir.resolve("schedstat"), SCHEDSTAT_BYTES);
        ProcFile stat = schedstat == null ? null : ProcFile.openOrNull(taskDir.resolve("stat"), STAT_BYTES);
        if (stat == null || !schedstat.reread() || !stat.reread()) {
            closeQuietly(schedstat);
            closeQuietly(stat);
            return null;
        }
        long readNs = System.nanoTime();
        long cpuNs = schedstat.firstNumber();
        String name = ProcNames.threadName(taskDir);
        ThreadTrack track = recording.thread(pid, tid, name, recording.toRunTime(readNs));
        ProcFile children = ProcFile.openOrNull(taskDir.resolve("children"), CHILDREN_BYTES);
        FollowedThread thread = new FollowedThread(tid, taskDir, schedstat, stat, children, track);
        thread.readStat();
        // Born after the observer last looked (or before it first looked): its CPU so far falls in between.
        long startNs =
                BootClock.clampedNanoTimeOf(stat.statNumber(FIELD_START_TIME, -1), Math.min(sinceNs, readNs), readNs);
        thread.record(recording, startNs, readNs, Math.max(0, cpuNs));
        thread.lastCpuNs = cpuNs;
        thread.lastReadNs = readNs;
        return thread;
    }

    /**
     * Takes one sample.
     *
     * @return false when the thread is gone
     */
    boolean sample(Recording recording) {
        // A thread idle for a while (a JVM's compiler and GC threads, a waiting worker) is read less often;
        // when it runs again, its next sample spans the skipped ticks with the run placed at their end.
        if (idleTicks >= IDLE_BACKOFF_AFTER && ++skippedTicks < IDLE_READ_EVERY) {
            return true;
        }
        skippedTicks = 0;
        if (!schedstat.reread()) {
            return false;
        }
        long readNs = System.nanoTime();
        long cpuNs = schedstat.firstNumber();
        long delta = cpuNs - lastCpuNs;
        // stat costs about three schedstat reads, so it is read only when the core or state can have changed.
        // schedstat's third number counts the times the thread was put on a CPU: one that stayed on its CPU
        // since stat was last read is still on that core. So the core drawn for a busy thread is at most
        // BUSY_STAT_EVERY - 1 ticks (20 ms at 100 Hz) old, and exact while it is not switched out. A thread
        // that slept (not in state R, no CPU last sample) and runs again is read at once: its core and state
        // are from before it slept. (One that sleeps and wakes within every tick, like Python threads taking
        // turns at the GIL, counts as busy.) One in state R that did not run (gone to sleep, or waiting for a
        // core, as each of 16 threads sharing 2 cores does most ticks) is checked every BUSY_STAT_EVERY ticks,
        // so falling asleep shows within 30 ms. Any other thread is checked every IDLE_STAT_EVERY ticks.
        long switchIns = schedstat.nthNumber(2);
        ticksSinceStat++;
        boolean ran = delta > 0;
        boolean stale = ticksSinceStat >= BUSY_STAT_EVERY;
        boolean moved = switchIns != switchInsAtStat;
        boolean woke = idleTicks > 0 && state != 'R';
        if ((ran && (woke || core == CpuSample.UNKNOWN_CORE || (stale && moved)))
                || (!ran && state == 'R' && stale)
                || ticksSinceStat >= IDLE_STAT_EVERY) {
            readStat();
            switchInsAtStat = switchIns;
        }
        idleTicks = delta == 0 ? idleTicks + 1 : 0;
        ranSinceChildrenRead |= ran;
        record(recording, lastReadNs, readNs, delta);
        lastCpuNs = cpuNs;
        lastReadNs = readNs;
        return true;
    }

    /** Whether the thread wants a core: it ran in its last sample, or was last seen runnable (state R). */
    boolean active() {
        return idleTicks == 0 || state == 'R';
    }

    private void readStat() {
        ticksSinceStat = 0;
        if (stat.reread()) {
            state = stat.statState();
            core = (int) stat.statNumber(FIELD_PROCESSOR, CpuSample.UNKNOWN_CORE);
        }
    }

    private void record(Recording recording, long fromNanoTime, long toNanoTime, long onCpuNs) {
        long length = toNanoTime - fromNanoTime;
        long onCpu = Math.max(0, Math.min(onCpuNs, length));
        recording.addCpuSample(
                track,
                new CpuSample(recording.toRunTime(fromNanoTime), recording.toRunTime(toNanoTime), onCpu, core, state));
    }

    /**
     * Passes the pids of the processes this thread forked since it last ran (and that were not reaped yet) to
     * {@code sink}. A thread that used no CPU since the last look forked nothing: its file is not read again, which
     * spares a read per idle thread (a JVM has a dozen) ten times a second. Children it forked earlier were passed
     * then; the full scan of /proc finds any that could not be opened at the time.
     */
    void collectChildren(LongConsumer sink) {
        if (children != null && ranSinceChildrenRead && children.reread()) {
            ranSinceChildrenRead = false;
            children.forEachNumber(sink);
        }
    }

    /**
     * Refreshes the thread's name: programs name threads after they start them. Taken from the last {@code stat}
     * read (at most {@link #IDLE_STAT_EVERY} samples old) rather than by opening {@code comm}: no system call.
     */
    void refreshName() {
        String name = stat.statName();
        if (!name.isEmpty() && !name.equals(track.name())) {
            track.setName(name);
        }
    }

    @Override
    public void close() {
        schedstat.close();
        stat.close();
        closeQuietly(children);
    }

    private static void closeQuietly(ProcFile file) {
        if (file != null) {
            file.close();
        }
    }
}
