package processlab.run.observe;

import java.util.concurrent.locks.LockSupport;

/**
 * A named daemon thread that calls a tick at a fixed rate until closed. Ticks are scheduled against absolute
 * deadlines so the rate does not drift; when the machine is too loaded to keep up, missed ticks are skipped
 * rather than run in a burst.
 *
 * <p>Closing does not interrupt the thread: an interrupt would close the {@code FileChannel}s the tick is
 * reading. It sets a flag, wakes the thread and waits briefly for the tick in progress to finish, so nothing
 * is written into a recording after {@link #close()} returns.
 */
final class PeriodicLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PeriodicLoop.class.getName());
    private static final long JOIN_TIMEOUT_MS = 2_000;

    private final Thread thread;
    private final long periodNs;
    private final Runnable tick;
    private volatile boolean closed;
    private long failures;

    PeriodicLoop(String threadName, long periodNs, Runnable tick) {
        if (periodNs <= 0) {
            throw new IllegalArgumentException("period must be positive: " + periodNs);
        }
        this.periodNs = periodNs;
        this.tick = tick;
        this.thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The loop's thread, so a benchmark can measure the CPU it uses. */
    Thread thread() {
        return thread;
    }

    private void loop() {
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
                    LOG.log(System.Logger.Level.WARNING, thread.getName() + ": tick failed (further failures "
                            + "are not logged)", e);
                }
            }
            deadline += periodNs;
            long now = System.nanoTime();
            if (deadline < now) {
                deadline = now + periodNs;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join(JOIN_TIMEOUT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
