package processlab.worker;

/**
 * Makes a child JVM exit when the process that started it is gone, so that no worker outlives the app.
 * A JVM ignores the death of its parent otherwise.
 */
public final class ParentWatch {

    /** The pid of the process that started this one, set by the starter (the parent may die before main runs). */
    public static final String PARENT_PID_VARIABLE = "PROCESSLAB_PARENT_PID";

    private static final long CHECK_MS = 200;

    private ParentWatch() {}

    /** The environment entry that tells a child JVM who its parent is: this process. */
    public static java.util.Map<String, String> forChildren() {
        return java.util.Map.of(
                PARENT_PID_VARIABLE, Long.toString(ProcessHandle.current().pid()));
    }

    public static void start() {
        long expected = expectedParent();
        Thread watcher = new Thread(
                () -> {
                    // When the parent dies the kernel gives this process a new parent (init or a subreaper).
                    while (currentParent() == expected) {
                        try {
                            Thread.sleep(CHECK_MS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(143);
                },
                "processlab-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static long expectedParent() {
        String given = System.getenv(PARENT_PID_VARIABLE);
        if (given != null) {
            try {
                return Long.parseLong(given.trim());
            } catch (NumberFormatException e) {
                // fall through to the parent as it is now
            }
        }
        return currentParent();
    }

    private static long currentParent() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
}
