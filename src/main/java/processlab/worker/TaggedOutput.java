package processlab.worker;

/**
 * Prints a line tagged with this process's pid, the way ProcessLab's Python instrumentation tags lines
 * (RS + pid + US, stripped before display), so the app can tell which child JVM wrote it.
 */
public final class TaggedOutput {

    private static final String TAG = "\u001e" + ProcessHandle.current().pid() + "\u001f";

    private TaggedOutput() {
    }

    public static void println(String text) {
        System.out.println(TAG + text);
    }
}
