package processlab.ui;

/**
 * Where startup time goes, for whoever works on it: with {@code -Dprocesslab.startupTrace=true} the app prints
 * {@code TRACE <ms since the JVM started> <step>} lines (launch, toolkit up, window shown, lessons, first screen
 * built, each pulse). Off by default; then each mark is one boolean test.
 */
public final class StartupTrace {

    static final boolean ON = Boolean.getBoolean("processlab.startupTrace");
    /** The process start as the OS recorded it (10 ms resolution on Linux), so JVM boot time counts too. */
    private static final long START_MILLIS = ON
            ? ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis())
            : 0;

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            System.out.println("TRACE " + (System.currentTimeMillis() - START_MILLIS) + " " + step);
        }
    }
}
