package processlab.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the page a node sits on, as little as it takes, so that a stretch of it is in view: what a class must
 * see when the app asks it something (the Predict step) may have appeared below the bottom of the screen.
 */
public final class ScrollIntoView {

    /** Room left above and below the stretch, as a share of the view, so it does not touch the screen's edges. */
    private static final double MARGIN_OF_VIEW = 0.04;

    private ScrollIntoView() {}

    /**
     * Brings the stretch from {@code first}'s top to {@code last}'s bottom into the view of the scroll pane they
     * are in, once the next layout has given them their sizes (a question that just grew has its new height only
     * then). When the stretch is taller than the view, its top goes to the top. Nothing moves when it is in view
     * already, or when the nodes are not on a scrolled page of a shown scene.
     */
    public static void reveal(Node first, Node last) {
        Scene scene = first.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            revealNow(first, last);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void revealNow(Node first, Node last) {
        ScrollPane scroller = scrollPaneOf(first);
        if (scroller == null || scroller.getContent() == null) {
            return;
        }
        Node page = scroller.getContent();
        double view = PagePosition.viewHeight(scroller);
        if (view <= 0 || PagePosition.maxTop(scroller) <= 0) {
            return;
        }
        double top = pageY(page, first, true);
        double bottom = pageY(page, last, false);
        double viewTop = PagePosition.top(scroller);
        double margin = view * MARGIN_OF_VIEW;
        double target = viewTop;
        if (bottom + margin > viewTop + view) {
            target = bottom + margin - view;
        }
        if (top - margin < target) {
            target = top - margin; // the top first, when both cannot be in view
        }
        PagePosition.scrollTo(scroller, target);
    }

    private static double pageY(Node page, Node node, boolean top) {
        Bounds bounds = page.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        return top ? bounds.getMinY() : bounds.getMaxY();
    }

    private static ScrollPane scrollPaneOf(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scrollPane) {
                return scrollPane;
            }
        }
        return null;
    }
}
