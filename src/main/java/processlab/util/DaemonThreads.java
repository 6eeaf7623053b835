package processlab.util;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for background work: named so a thread dump says what each thread is, daemons so a
 * forgotten one never keeps the app alive after its window closed.
 */
public final class DaemonThreads {

    /** One count for all prefixes, so two pools of the same prefix never hand out the same name. */
    private static final AtomicInteger IDS = new AtomicInteger();

    private DaemonThreads() {}

    /** Every thread it makes is called {@code name}: for executors of one thread. */
    public static ThreadFactory named(String name) {
        return task -> daemon(task, name);
    }

    /** Threads called {@code prefix1}, {@code prefix2}, …: for pools, where several run at once. */
    public static ThreadFactory numbered(String prefix) {
        return task -> daemon(task, prefix + IDS.incrementAndGet());
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
