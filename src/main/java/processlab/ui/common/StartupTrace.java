package processlab.ui.common;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Where startup time goes, for whoever works on it: with {@code -Dprocesslab.startupTrace=true} the app prints
 * {@code TRACE <ms since the JVM started> <step>} lines (launch, toolkit up, window shown, lessons, first screen
 * built, each pulse). Off by default; then each mark is one boolean test.
 */
public final class StartupTrace {

    public static final boolean ON = Boolean.getBoolean("processlab.startupTrace");
    /** The process start as the OS recorded it (10 ms resolution on Linux), so JVM boot time counts too. */
    private static final long START_MILLIS = ON
            ? ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis())
            : 0;

    private StartupTrace() {}

    /** With tracing on: how many nodes the scene holds, by class (the first frame's cost grows with them). */
    public static void census(Scene scene) {
        if (!ON) {
            return;
        }
        Map<String, Integer> kinds = new TreeMap<>();
        ArrayDeque<Node> unseen = new ArrayDeque<>(List.of(scene.getRoot()));
        int total = 0;
        while (!unseen.isEmpty()) {
            Node node = unseen.poll();
            total++;
            kinds.merge(node.getClass().getSimpleName(), 1, Integer::sum);
            if (node instanceof Parent parent) {
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
