package processlab.ui.demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for a demo's slow work (starting and awaiting runs, writing exports): named so a thread
 * dump says what they are, daemons so a forgotten one never keeps the app alive after its window closed.
 */
final class DemoThreads {

    private static final AtomicInteger IDS = new AtomicInteger();

    private DemoThreads() {
    }

    static ThreadFactory named(String prefix) {
        return task -> {
            Thread thread = new Thread(task, prefix + IDS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A pool that starts a thread when every one it has is busy and lets a thread end after a few idle seconds.
     * Not one fixed thread: Run pressed again stops the previous runs, whose thread may still be waiting for
     * their processes to end, and the new runs must not queue behind that.
     */
    static ExecutorService pool(String prefix) {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                named(prefix));
    }
}
