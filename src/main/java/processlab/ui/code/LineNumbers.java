package processlab.ui.code;

import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;

/**
 * The line numbers beside code, made alike for the light preview and the live editor so that a block does not
 * change when it becomes editable: labels of style class {@code lineno}, in the code's font (the stylesheet sets
 * no other), each number right-aligned to the width of the largest.
 */
final class LineNumbers {

    static final String STYLE_CLASS = "lineno";

    private LineNumbers() {}

    /**
     * Line {@code line} of {@code lineCount}, padded on the left to the width of the largest number, and to two
     * digits at least: the code of short and long blocks on one page then starts at the same place.
     */
    static String format(int line, int lineCount) {
        int digits = Math.max(String.valueOf(lineCount).length(), 2);
        return String.format("%" + digits + "d", line);
    }

    /** Every number in one label, one a line: the preview's gutter is one node, not one per line. */
    static Label column(int lineCount) {
        return label(IntStream.rangeClosed(1, lineCount)
                .mapToObj(line -> format(line, lineCount))
                .collect(Collectors.joining("\n")));
    }

    /** The editor's paragraph graphics: one label a line, renumbered (and widened) as lines come and go. */
    static IntFunction<Node> of(GenericStyledArea<?, ?, ?> area) {
        Val<Integer> lineCount = LiveList.sizeOf(area.getParagraphs());
        return index -> {
            Label label = label("");
            // Observes the area only while the label shows, so labels of scrolled-away lines can be collected.
            label.textProperty()
                    .bind(lineCount.map(count -> format(index + 1, count)).conditionOnShowing(label));
            return label;
        };
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(STYLE_CLASS);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
