package processlab.run.observe;

import processlab.recording.Recording;

/**
 * Follows a process and all its descendants from the operating system and writes into a {@link Recording}:
 * processes as they appear and end, every thread with its name, and per interval each thread's on-CPU time,
 * state and the core it last ran on. Runs on its own named daemon thread until {@link #close()}.
 *
 * <p>Followed are the main process, every process whose parent is followed, every process in the run's session
 * and every child of the run's box ({@link ObservedTree}): a grandchild orphaned and re-parented is still found.
 */
public interface ProcessTreeObserver extends AutoCloseable {

    /** The default rate at which known threads are sampled. */
    int DEFAULT_HZ = 100;

    /** The /proc observer on Linux, the OSHI observer elsewhere, sampling at {@code hz}. */
    static ProcessTreeObserver forThisPlatform(int hz) {
        if (hz < 1 || hz > 1_000) {
            throw new IllegalArgumentException("observer rate must be 1..1000 Hz, was " + hz);
        }
        return LinuxProcessTreeObserver.isSupported()
                ? new LinuxProcessTreeObserver(hz)
                : new OshiProcessTreeObserver(hz);
    }

    static ProcessTreeObserver forThisPlatform() {
        return forThisPlatform(DEFAULT_HZ);
    }

    /**
     * Starts following a run's processes; its main process (if still alive) is recorded before this returns.
     *
     * @throws IllegalStateException if already started
     */
    void start(ObservedTree tree, Recording recording);

    /** Starts following {@code rootPid}, the leader of its own session, and its descendants. */
    default void start(long rootPid, Recording recording) {
        start(ObservedTree.of(rootPid), recording);
    }

    /** Stops the observer's thread; nothing is written into the recording after this returns. */
    @Override
    void close();

    /** The observer's own thread, or null before {@link #start}: benchmarks measure the CPU it uses. */
    Thread thread();
}
