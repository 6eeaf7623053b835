package processlab.ui.demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import processlab.util.DaemonThreads;

/** The pool for a demo's slow work (starting and awaiting runs), of {@link DaemonThreads}. */
final class DemoThreads {

    private DemoThreads() {}

    /**
     * A pool that starts a thread when every one it has is busy and lets a thread end after a few idle seconds.
     * Not one fixed thread: Run pressed again stops the previous runs, whose thread may still be waiting for
     * their processes to end, and the new runs must not queue behind that.
     */
    static ExecutorService pool(String prefix) {
        return new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), DaemonThreads.numbered(prefix));
    }
}
