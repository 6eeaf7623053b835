package processlab.ui.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Fills a lesson page the way a reader meets it: the blocks that fit on the first screen at once, the rest in
 * the frames after the first one has been painted, a few milliseconds of building per frame. Styling and
 * laying out a whole lesson (editors, demo panels, quizzes, long listings) takes several hundred milliseconds
 * cold; the reader sees the top of the page while the part below the window is still being made.
 */
final class ProgressivePage {

    /** Building time per frame for the blocks below the first screen; styling and layout come on top. */
    private static final long FRAME_BUDGET_NANOS = 8_000_000;
    /** Used before the page has been laid out once (no viewport size yet): a typical window. */
    private static final double DEFAULT_VIEW_HEIGHT = 800;

    private static final double DEFAULT_VIEW_WIDTH = 900;

    private final VBox page;
    private final ScrollPane scroller;
    private final Deque<Supplier<List<Node>>> pending = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(true);
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame();
        }
    };
    /** Counts start and cancel calls, so a first paint reported for an earlier lesson starts nothing. */
    private long generation;

    ProgressivePage(VBox page, ScrollPane scroller) {
        this.page = page;
        this.scroller = scroller;
    }

    ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /**
     * Adds pieces (each makes one or more page nodes) after what the page shows now: at once until the first
     * screen is full, the rest from the second frame on. Without a scene there are no frames: all at once.
     */
    void start(List<Supplier<List<Node>>> pieces) {
        cancel();
        pending.addAll(pieces);
        if (page.getScene() == null) {
            finish();
            return;
        }
        fillFirstScreen();
        processlab.ui.common.StartupTrace.mark(
                "first screen: " + page.getChildren().size() + " nodes, " + pending.size() + " pieces to follow");
        if (!pending.isEmpty()) {
            complete.set(false);
            // The rest waits until the first screen is painted (built earlier, it would hold up that frame), and
            // one frame more: at start-up the app adds the window's other controls right after the first frame.
            long started = generation;
            processlab.ui.common.FramePainted.then(
                    page,
                    () -> processlab.ui.common.FramePainted.then(page, () -> {
                        if (generation == started && !pending.isEmpty()) {
                            frames.start();
                        }
                    }));
        }
    }

    /** Builds everything still pending now, laid out so that positions on the page are right at once. */
    void finish() {
        boolean added = !pending.isEmpty();
        while (!pending.isEmpty()) {
            page.getChildren().addAll(pending.poll().get());
        }
        done();
        if (added && scroller.getScene() != null) {
            scroller.applyCss();
            scroller.layout();
        }
    }

    /** Drops what is pending (another lesson is shown). */
    void cancel() {
        generation++;
        pending.clear();
        done();
    }

    private void done() {
        frames.stop();
        complete.set(true);
    }

    /**
     * Adds nodes until their height covers the visible part of the page. Each node is styled right away to know
     * its height; the layout pass of the first frame then finds that work done.
     */
    private void fillFirstScreen() {
        double viewHeight = scroller.getViewportBounds().getHeight();
        double width = scroller.getViewportBounds().getWidth();
        if (viewHeight <= 0 || width <= 0) {
            viewHeight = DEFAULT_VIEW_HEIGHT;
            width = DEFAULT_VIEW_WIDTH;
        }
        double contentWidth = Math.min(page.getMaxWidth(), width) - page.snappedLeftInset() - page.snappedRightInset();
        double height = 0;
        for (Node node : page.getChildren()) {
            height += heightOf(node, contentWidth);
        }
        while (height < viewHeight && !pending.isEmpty()) {
            List<Node> nodes = pending.poll().get();
            for (int i = 0; i < nodes.size(); i++) {
                if (height >= viewHeight) {
                    // The rest of this block waits with the other pending ones, in order.
                    List<Node> rest = List.copyOf(nodes.subList(i, nodes.size()));
                    pending.addFirst(() -> rest);
                    break;
                }
                page.getChildren().add(nodes.get(i));
                height += heightOf(nodes.get(i), contentWidth);
            }
        }
    }

    private double heightOf(Node node, double width) {
        node.applyCss();
        double prefHeight = node.prefHeight(width);
        if (node instanceof Region region && region.getMaxHeight() >= 0 && region.getMaxHeight() < prefHeight) {
            prefHeight = region.getMaxHeight();
        }
        return prefHeight + page.getSpacing();
    }

    private void onFrame() {
        long start = System.nanoTime();
        do {
            page.getChildren().addAll(pending.poll().get());
        } while (!pending.isEmpty() && System.nanoTime() - start < FRAME_BUDGET_NANOS);
        if (pending.isEmpty()) {
            done();
        }
    }
}
