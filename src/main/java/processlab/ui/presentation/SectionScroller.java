package processlab.ui.presentation;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Moves a lesson page section by section, as a clicker would: the next heading comes to the top of the
 * view, but never more than most of a screen at once, so a long section is paged through, not skipped.
 */
final class SectionScroller {

    /** How much of the view one step may move at most; the rest stays on screen to keep the reader's place. */
    private static final double MAX_STEP_OF_VIEW = 0.85;
    private static final double EPSILON = 4;

    private final ScrollPane scroller;

    SectionScroller(ScrollPane scroller) {
        this.scroller = scroller;
    }

    /** Scrolls forward; false when already at the end (the caller moves to the next lesson). */
    boolean next() {
        double top = top();
        double max = maxTop();
        if (max <= 0 || top >= max - EPSILON) {
            return false;
        }
        double target = Math.min(top + viewHeight() * MAX_STEP_OF_VIEW, max);
        for (double heading : headingTops()) {
            if (heading > top + EPSILON) {
                target = Math.min(target, heading);
                break;
            }
        }
        scrollTo(target);
        return true;
    }

    /** Scrolls back; false when already at the top. */
    boolean previous() {
        double top = top();
        if (top <= EPSILON) {
            return false;
        }
        double target = Math.max(top - viewHeight() * MAX_STEP_OF_VIEW, 0);
        List<Double> headings = headingTops();
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i) < top - EPSILON) {
                target = Math.max(target, headings.get(i));
                break;
            }
        }
        scrollTo(target);
        return true;
    }

    /** The y of the view's top edge within the page. */
    double top() {
        double max = maxTop();
        return max <= 0 ? 0 : (scroller.getVvalue() - scroller.getVmin()) / (scroller.getVmax() - scroller.getVmin())
                * max;
    }

    private void scrollTo(double y) {
        double max = maxTop();
        scroller.setVvalue(scroller.getVmin() + (scroller.getVmax() - scroller.getVmin()) * (max <= 0 ? 0 : y / max));
    }

    private double maxTop() {
        Node page = scroller.getContent();
        return page == null ? 0 : page.getLayoutBounds().getHeight() - viewHeight();
    }

    private double viewHeight() {
        return scroller.getViewportBounds().getHeight();
    }

    /** Tops of the rendered headings ({@code .heading}), in page coordinates, in order. */
    List<Double> headingTops() {
        Node page = scroller.getContent();
        List<Double> tops = new ArrayList<>();
        if (page == null) {
            return tops;
        }
        for (Node heading : page.lookupAll(".heading")) {
            if (heading.isVisible()) {
                tops.add(page.sceneToLocal(heading.localToScene(heading.getLayoutBounds())).getMinY());
            }
        }
        tops.sort(Double::compare);
        return tops;
    }
}
