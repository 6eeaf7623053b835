package processlab.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import processlab.ui.common.PagePosition;

/**
 * Moves a lesson page as a clicker would, each press showing mostly new text: a step moves between
 * {@link #MIN_STEP_OF_VIEW} and {@link #MAX_STEP_OF_VIEW} of the view and lands on the furthest heading in that
 * range if there is one; the rest of the view stays on screen to keep the reader's place. The last stretch
 * before the end is shared between two steps rather than left as a nudge, and the last step may move a whole
 * view. No press moves less than half a view: a heading just below the top, or the end a few pixels away, used
 * to cost a press that moved 20 px.
 */
final class SectionScroller {

    /** How much of the view a step moves at least when it stops at a heading. */
    static final double MIN_STEP_OF_VIEW = 0.6;
    /** How much of the view one step may move at most, short of the end. */
    static final double MAX_STEP_OF_VIEW = 0.85;
    /** Less than this share of the view left to scroll counts as the end (a margin, not text). */
    static final double END_OF_VIEW = 0.08;

    private static final double EPSILON = 4;

    private final ScrollPane scroller;

    SectionScroller(ScrollPane scroller) {
        this.scroller = scroller;
    }

    /** Scrolls forward; false when already at the end (the caller moves to the next lesson). */
    boolean next() {
        double top = top();
        double max = maxTop();
        double view = viewHeight();
        double rest = max - top;
        if (max <= 0 || rest <= Math.max(EPSILON, view * END_OF_VIEW)) {
            return false;
        }
        if (rest <= view) {
            scrollTo(max); // the last view joins the one on screen, nothing is skipped
            return true;
        }
        double min = view * MIN_STEP_OF_VIEW;
        double target = top + view * MAX_STEP_OF_VIEW;
        if (max - target < min) {
            target = top + rest / 2;
        }
        for (double heading : headingTops()) {
            if (heading >= top + min && heading <= top + view * MAX_STEP_OF_VIEW && max - heading >= min) {
                target = heading; // the furthest one: the headings before it are on screen now
            }
        }
        scrollTo(target);
        return true;
    }

    /** Scrolls back; false when already at the top. */
    boolean previous() {
        double top = top();
        double view = viewHeight();
        if (top <= EPSILON) {
            return false;
        }
        if (top <= view) {
            scrollTo(0);
            return true;
        }
        double min = view * MIN_STEP_OF_VIEW;
        double target = top - view * MAX_STEP_OF_VIEW;
        if (target < min) {
            target = top / 2;
        }
        List<Double> headings = headingTops();
        for (int i = headings.size() - 1; i >= 0; i--) {
            double heading = headings.get(i);
            if (heading <= top - min && heading >= top - view * MAX_STEP_OF_VIEW && heading >= min) {
                target = heading;
            }
        }
        scrollTo(target);
        return true;
    }

    /** The y of the view's top edge within the page. */
    double top() {
        return PagePosition.top(scroller);
    }

    private void scrollTo(double y) {
        PagePosition.scrollTo(scroller, y);
    }

    private double maxTop() {
        return PagePosition.maxTop(scroller);
    }

    private double viewHeight() {
        return PagePosition.viewHeight(scroller);
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
                tops.add(page.sceneToLocal(heading.localToScene(heading.getLayoutBounds()))
                        .getMinY());
            }
        }
        tops.sort(Double::compare);
        return tops;
    }
}
