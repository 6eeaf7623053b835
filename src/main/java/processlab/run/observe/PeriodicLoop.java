package processlab.run.observe;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A named daemon thread that calls a tick at a fixed rate until closed. Ticks are scheduled against absolute
 * deadlines so the rate does not drift; when the machine is too loaded to keep up, missed ticks are skipped
 * rather than run in a burst.
 *
 * <p>Closing does not interrupt the thread: an interrupt would close the {@code FileChannel}s the tick is
 * reading. It sets a flag, wakes the thread and waits briefly for the tick in progress to finish. What the
 * tick reads (open files) is released by the loop's own thread once its last tick has returned, never by the
 * closing thread: a tick stuck longer than the wait (a loaded machine, a slow /proc read) then still finds
 * its files open, and they are released when it ends.
 */
final class PeriodicLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PeriodicLoop.class.getName());
    private static final long JOIN_TIMEOUT_MS = 2_000;

    private final Thread thread;
    private final long periodNs;
    private final Runnable tick;
    private final Runnable release;
    private final long joinTimeoutMs;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean closed;
    private long failures;

    /** @param release frees what the tick uses; runs once, after the last tick (or at close if never started) */
    PeriodicLoop(String threadName, long periodNs, Runnable tick, Runnable release) {
        this(threadName, periodNs, tick, release, JOIN_TIMEOUT_MS);
    }

    PeriodicLoop(String threadName, long periodNs, Runnable tick, Runnable release, long joinTimeoutMs) {
        if (periodNs <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodNs);
        }
        this.periodNs = periodNs;
        this.tick = tick;
        this.release = release;
        this.joinTimeoutMs = joinTimeoutMs;
        this.thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
    }

    synchronized void start() {
        if (closed) {
            return; // closed before it started: close() already released
        }
        started = true;
        thread.start();
    }

    /** The loop's thread, so a benchmark can measure the CPU it uses. */
    Thread thread() {
        return thread;
    }

    private void loop() {
        try {
            runTicks();
        } finally {
            releaseOnce();
        }
    }

    private void runTicks() {
        long deadline = System.nanoTime() + periodNs;
        while (!closed) {
            long wait = deadline - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue; // re-check: woken early by close() or spuriously
            }
            try {
                tick.run();
            } catch (RuntimeException e) {
                // Logged once: a tick that fails at 100 Hz would otherwise flood the log.
                if (failures++ == 0) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            thread.getName() + ": tick failed (further failures " + "are not logged)",
                            e);
                }
            }
            deadline += periodNs;
            long now = System.nanoTime();
            if (deadline < now) {
                Lateness.missed((now - deadline) / periodNs + 1);
                deadline = now + periodNs;
            }
        }
    }

    private void releaseOnce() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (!started) {
                releaseOnce(); // no thread will ever run it
                return;
            }
        }
        LockSupport.unpark(thread);
        if (Thread.currentThread() == thread) {
            return; // closed from a tick: the loop ends and releases after it returns
        }
        try {
            thread.join(joinTimeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    thread.getName() + ": tick still running after " + joinTimeoutMs
                            + " ms; its files are released when it returns");
        }
    }
}
