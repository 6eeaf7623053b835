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

    /** With tracing on: how many nodes of each kind the scene holds, and how many are controls (skins, CSS). */
    public static void census(javafx.scene.Scene scene) {
        if (!ON) {
            return;
        }
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        java.util.ArrayDeque<javafx.scene.Node> unseen = new java.util.ArrayDeque<>(java.util.List.of(scene.getRoot()));
        int total = 0;
        while (!unseen.isEmpty()) {
            javafx.scene.Node node = unseen.poll();
            total++;
            kinds.merge(node.getClass().getSimpleName(), 1, Integer::sum);
            if (node instanceof javafx.scene.Parent parent) {
                unseen.addAll(parent.getChildrenUnmodifiable());
            }
        }
        System.out.println("TRACE census " + total + " nodes: " + kinds);
    }

    public static void mark(String step) {
        if (ON) {
            System.out.println("TRACE " + (System.currentTimeMillis() - START_MILLIS) + " " + step);
        }
    }
}
