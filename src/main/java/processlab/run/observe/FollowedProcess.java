package processlab.run.observe;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.LongConsumer;
import processlab.recording.Recording;

/** One Linux process the observer follows: its open {@code stat} file and its threads. */
final class FollowedProcess implements AutoCloseable {

    /** proc(5) field 52: the exit status in waitpid() form, shown while the process is a zombie. */
    private static final int FIELD_EXIT_CODE = 52;

    private static final int FIELD_NUM_THREADS = 20;

    final long pid;
    /** When the observer first saw it (System.nanoTime()). */
    final long seenNanos;

    private final Path procDir;
    private final Path taskRoot;
    private final ProcFile stat;
    private final Map<Long, FollowedThread> threads = new HashMap<>();
    /** Threads the OS counted at the last {@link #endOrNull()}; -1 before. */
    private long osThreadCount = -1;

    FollowedProcess(long pid, Path procDir, ProcFile stat, long seenNanos) {
        this.pid = pid;
        this.seenNanos = seenNanos;
        this.procDir = procDir;
        this.taskRoot = procDir.resolve("task");
        this.stat = stat;
    }

    /**
     * Re-reads the command line: a child made by fork() shows its parent's until it calls exec(), which
     * usually happens just after the observer first saw it. An empty one is not taken: the process is ending (a
     * zombie has none), and its short name would replace the command it ran with.
     */
    void refreshCommand(Recording recording) {
        String command = ProcNames.commandLineOnly(procDir);
        if (!command.isEmpty()) {
            recording.setProcessCommand(pid, command);
        }
    }

    /**
     * Whether the process has ended: gone (reaped) or a zombie. Re-reads its stat file.
     *
     * @return the end, or null while it runs
     */
    OptionalInt endOrNull() {
        if (!stat.reread()) {
            return OptionalInt.empty();
        }
        if (stat.statState() != 'Z') {
            osThreadCount = stat.statNumber(FIELD_NUM_THREADS, -1);
            return null;
        }
        long status = stat.statNumber(FIELD_EXIT_CODE, -1);
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(exitCodeOf((int) status));
    }

    /** A waitpid() status as the app shows it: the exit code, or minus the signal that killed it. */
    static int exitCodeOf(int status) {
        int signal = status & 0x7f;
        return signal == 0 ? (status >> 8) & 0xff : -signal;
    }

    /** Whether the OS counts another number of threads than are followed: time to list them again. */
    boolean threadCountChanged() {
        return osThreadCount != threads.size();
    }

    /** Passes the pids of this process's children (forked and not yet reaped) to {@code sink}. */
    void collectChildren(LongConsumer sink) {
        for (FollowedThread thread : threads.values()) {
            thread.collectChildren(sink);
        }
    }

    /** Looks for threads not yet followed; {@code sinceNs} is when the observer last looked. */
    void discoverThreads(Recording recording, long sinceNs) {
        String[] names = new File(taskRoot.toString()).list();
        if (names == null) {
            return;
        }
        for (String name : names) {
            long tid = ProcDirectory.parsePid(name);
            if (tid > 0 && !threads.containsKey(tid)) {
                FollowedThread thread = FollowedThread.open(pid, tid, taskRoot.resolve(name), recording, sinceNs);
                if (thread != null) {
                    threads.put(tid, thread);
                }
            }
        }
    }

    /** Samples every followed thread, dropping those that ended. */
    /** Samples every thread; returns how many of them want a core ({@link FollowedThread#active()}). */
    int sampleThreads(Recording recording) {
        int active = 0;
        Iterator<FollowedThread> it = threads.values().iterator();
        while (it.hasNext()) {
            FollowedThread thread = it.next();
            if (!thread.sample(recording)) {
                thread.close();
                it.remove();
            } else if (thread.active()) {
                active++;
            }
        }
        return active;
    }

    void refreshThreadNames() {
        for (FollowedThread thread : threads.values()) {
            thread.refreshName();
        }
    }

    int threadCount() {
        return threads.size();
    }

    @Override
    public void close() {
        threads.values().forEach(FollowedThread::close);
        threads.clear();
        stat.close();
    }
}
