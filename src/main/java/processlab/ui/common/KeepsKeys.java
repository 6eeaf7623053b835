package processlab.ui.common;

import javafx.scene.Node;

/**
 * Marks a node (e.g. a code editor that is not a TextInputControl, or a timeline) whose arrow and page keys the
 * shell must leave alone while focus is inside it. Here rather than in the shell, so lesson parts can mark their
 * nodes without depending on the shell that reads the mark.
 */
public final class KeepsKeys {

    /** The key of the node property that carries the mark. */
    public static final String PROPERTY = "processlab.keepsKeys";

    private KeepsKeys() {}

    public static void mark(Node node) {
        node.getProperties().put(PROPERTY, Boolean.TRUE);
    }

    public static boolean isMarked(Node node) {
        return node.getProperties().containsKey(PROPERTY);
    }
}
