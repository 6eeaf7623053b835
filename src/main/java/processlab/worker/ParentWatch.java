package processlab.worker;

/**
 * Makes a child JVM exit when the process that started it is gone, so that no worker outlives the app.
 * A JVM ignores the death of its parent otherwise.
 */
public final class ParentWatch {

    private ParentWatch() {
    }

    public static void start() {
        // When the parent dies the kernel gives this process a new parent (init or a subreaper): watch for that.
        long parentPid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread watcher = new Thread(() -> {
            while (true) {
                long now = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
                if (now != parentPid) {
                    Runtime.getRuntime().halt(143);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "processlab-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
