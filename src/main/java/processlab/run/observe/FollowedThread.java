package processlab.run.observe;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import processlab.run.CpuSample;
import processlab.run.Recording;
import processlab.run.ThreadTrack;

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
    /** Re-read state and core of a thread that did not run at least this often, in ticks. */
    private static final int IDLE_STAT_EVERY = 10;
    /** Re-read the core of a thread that keeps running this often, in ticks. */
    private static final int BUSY_STAT_EVERY = 2;

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
    private long lastDelta;
    private long lastSwitchIns = -1;

    private FollowedThread(long tid, Path taskDir, ProcFile schedstat, ProcFile stat, ProcFile children,
                           ThreadTrack track) {
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
        long startNs = Math.min(sinceNs, readNs);
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
        if (!schedstat.reread()) {
            return false;
        }
        long readNs = System.nanoTime();
        long cpuNs = schedstat.firstNumber();
        long delta = cpuNs - lastCpuNs;
        // stat costs about three schedstat reads, so it is read only when the core or state can have changed:
        // schedstat's third number counts the times the thread was put on a CPU, and a thread that stayed on
        // its CPU since the last read is still on the same core. One that keeps being switched in is checked
        // every other tick (a move shows one tick late); one that just started running, at once; one that
        // did not run kept its core (and a sleeping one its state) but is checked now and then.
        long switchIns = schedstat.nthNumber(2);
        ticksSinceStat++;
        boolean started = delta > 0 && lastDelta == 0;
        boolean switched = delta > 0 && switchIns != lastSwitchIns && ticksSinceStat >= BUSY_STAT_EVERY;
        if (started || switched || (delta == 0 && state == 'R') || ticksSinceStat >= IDLE_STAT_EVERY) {
            readStat();
        }
        lastSwitchIns = switchIns;
        lastDelta = delta;
        record(recording, lastReadNs, readNs, delta);
        lastCpuNs = cpuNs;
        lastReadNs = readNs;
        return true;
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
        recording.addCpuSample(track, new CpuSample(recording.toRunTime(fromNanoTime),
                recording.toRunTime(toNanoTime), onCpu, core, state));
    }

    /** Passes the pids of the processes this thread forked (and that were not reaped yet) to {@code sink}. */
    void collectChildren(LongConsumer sink) {
        if (children != null && children.reread()) {
            children.forEachNumber(sink);
        }
    }

    /** Refreshes the thread's name: programs name threads after they start them. */
    void refreshName() {
        String name = ProcNames.threadName(taskDir);
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
