package processlab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Where a vertically scrolled page is, in pixels of the page rather than in the scroll pane's {@code vvalue}
 * fraction: the top of the view, how far it can go, and a move to a pixel offset. The lesson view, the clicker's
 * section steps and bringing a question into view all scroll by pixels.
 */
public final class PagePosition {

    private PagePosition() {}

    /** The height of the view onto the page. */
    public static double viewHeight(ScrollPane scroller) {
        return scroller.getViewportBounds().getHeight();
    }

    /** The most the view's top can be below the page's top; 0 or less when the page fits. */
    public static double maxTop(ScrollPane scroller) {
        Node page = scroller.getContent();
        return page == null ? 0 : page.getLayoutBounds().getHeight() - viewHeight(scroller);
    }

    /** The y of the view's top edge within the page. */
    public static double top(ScrollPane scroller) {
        double max = maxTop(scroller);
        double span = scroller.getVmax() - scroller.getVmin();
        return max <= 0 || span <= 0 ? 0 : (scroller.getVvalue() - scroller.getVmin()) / span * max;
    }

    /** Puts the view's top edge at {@code y} within the page (the top when the page fits). */
    public static void scrollTo(ScrollPane scroller, double y) {
        double max = maxTop(scroller);
        double fraction = max <= 0 ? 0 : Math.max(0, Math.min(1, y / max));
        scroller.setVvalue(scroller.getVmin() + (scroller.getVmax() - scroller.getVmin()) * fraction);
    }
}
