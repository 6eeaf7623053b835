package processlab.ui.code;

import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import processlab.ui.lesson.CodeHighlighter;

/**
 * The light view of a {@link CodeEditor} before its first use: coloured text runs beside a {@link LineNumbers}
 * column, in a scroll pane, sized by {@link CodeHeight} as the editor is, so the block keeps its place, font and
 * gutter when the editor replaces it. Long lines are not wrapped (that would mislead about indentation): they
 * scroll sideways.
 */
final class CodePreview extends Region {

    private final String code;
    private final int lines;
    private final TextFlow flow = new TextFlow();
    private final Label numbers;
    private final ScrollPane scroller;

    CodePreview(String code, String language) {
        this.code = code;
        this.lines = (int) code.chars().filter(c -> c == '\n').count() + 1;
        flow.getStyleClass().add("code-preview");
        for (CodeHighlighter.Token token : CodeHighlighter.tokenize(code, language)) {
            Text run = new Text(token.text());
            run.getStyleClass().add("text");
            if (token.kind() != CodeHighlighter.Kind.PLAIN) {
                run.getStyleClass().add(token.kind().name().toLowerCase());
            }
            flow.getChildren().add(run);
        }
        numbers = LineNumbers.column(lines);
        HBox row = new HBox(numbers, flow);
        row.setSnapToPixel(false); // as the editor's lines, where the code starts a fraction of a pixel in
        scroller = new ScrollPane(row);
        keepNumbersInView();
        scroller.getStyleClass().add("code-preview-box");
        scroller.setFocusTraversable(false);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        getChildren().add(scroller);
    }

    /**
     * The editor's line numbers stay put when its lines scroll sideways; so do these: moved back by as much as the
     * code moved, and drawn over it (their background hides the code passing under them).
     */
    private void keepNumbersInView() {
        numbers.setViewOrder(-1);
        InvalidationListener follow = obs -> numbers.setTranslateX(scrolledX());
        scroller.hvalueProperty().addListener(follow);
        scroller.viewportBoundsProperty().addListener(follow);
    }

    /** The offset in the code of the place under a point of the scene (a press), for the editor's caret. */
    int offsetAt(double sceneX, double sceneY) {
        Point2D point = flow.sceneToLocal(sceneX, sceneY);
        int offset = flow.hitTest(new Point2D(Math.max(point.getX(), 0), point.getY()))
                .getInsertionIndex();
        return Math.max(0, Math.min(offset, code.length()));
    }

    /** Whether an event's target is one of the scroll bars, which scroll the preview rather than open the editor. */
    static boolean isScrollBar(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    /** How far, in pixels, the preview is scrolled to the right, so the editor can start there too. */
    double scrolledX() {
        double hidden = scroller.getContent().getLayoutBounds().getWidth()
                - scroller.getViewportBounds().getWidth();
        return Math.max(0, hidden) * scroller.getHvalue();
    }

    /** How far, in pixels, the preview is scrolled down. */
    double scrolledY() {
        double hidden = scroller.getContent().getLayoutBounds().getHeight()
                - scroller.getViewportBounds().getHeight();
        return Math.max(0, hidden) * scroller.getVvalue();
    }

    @Override
    protected double computePrefHeight(double width) {
        // The gutter holds exactly one line per line of code (a text flow may leave out an empty last line).
        double lineHeight = numbers.prefHeight(-1) / lines;
        return CodeHeight.of(lines, lineHeight) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return scroller.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        scroller.resizeRelocate(
                snappedLeftInset(),
                snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }
}
