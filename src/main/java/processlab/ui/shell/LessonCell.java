package processlab.ui.shell;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A lesson list row: number, title, the question under it, and the done-mark (or a mark for errors). While the
 * student searches, the words found are marked in the title and question, and a lesson found only by its text
 * shows a short excerpt around the word.
 */
final class LessonCell extends ListCell<LessonItem> {

    static final String DONE_MEANS = "Done: you reached the end of this lesson and answered its quiz";
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final Label number = new Label();
    // Not Label: a wrapping Label in a list cell gets no width to wrap at; and the runs need styles of their own.
    private final TextFlow title = new RowText();
    private final TextFlow question = new RowText();
    private final TextFlow excerpt = new RowText();
    private final Label mark = new Label();
    private final HBox row;
    private final ObservableStringValue query;
    /** Kept in a field: the cell listens weakly, so a dropped cell does not stay tied to the view-model. */
    private final InvalidationListener queryChanged = obs -> showText();

    private final InvalidationListener doneChanged = obs -> showMark();
    private LessonItem bound;
    private Tooltip doneTooltip;

    LessonCell(ObservableStringValue query) {
        this.query = query;
        number.getStyleClass().add("lesson-number");
        number.setMinWidth(28);
        title.getStyleClass().add("lesson-title-flow");
        question.getStyleClass().add("lesson-question-flow");
        excerpt.getStyleClass().add("lesson-excerpt-flow");
        mark.getStyleClass().add("done-mark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, question, excerpt);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(8, number, text, mark);
        row.setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("lesson-cell");
        setPrefWidth(0); // let the row wrap to the list's width instead of widening the list
        listViewProperty().addListener((obs, old, list) -> {
            if (list != null) {
                var width = wrapWidth(list);
                for (TextFlow flow : List.of(title, question, excerpt)) {
                    flow.setMinWidth(0);
                    flow.prefWidthProperty().bind(width);
                    flow.maxWidthProperty().bind(width); // laid out as wide as its height was measured
                }
            }
        });
        query.addListener(new WeakInvalidationListener(queryChanged));
    }

    /**
     * The list's width less the number, the mark, the gaps and the scroll bar. Before the list has a width, no
     * wrapping: rows measured then at some narrow width would be far too tall, and the list, scrolling to the
     * open lesson with those heights, would land far below it.
     */
    private javafx.beans.binding.DoubleBinding wrapWidth(ListView<?> list) {
        return Bindings.createDoubleBinding(
                () -> list.getWidth() <= 0
                        ? Region.USE_COMPUTED_SIZE
                        : Math.max(
                                60, list.getWidth() - 76 - (mark.isManaged() ? mark.getWidth() + row.getSpacing() : 0)),
                list.widthProperty(),
                mark.widthProperty(),
                mark.managedProperty());
    }

    @Override
    protected void updateItem(LessonItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            bound.doneProperty().removeListener(doneChanged);
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bound = item;
        item.doneProperty().addListener(doneChanged);
        number.setText(String.format("%02d", item.number()));
        showText();
        showMark();
        setText(null);
        setGraphic(row);
    }

    /** "✓ Done" as a badge, in words as well as colour, or the error sign; nothing while the lesson is not done. */
    private void showMark() {
        boolean broken = !bound.lesson().isValid();
        boolean done = !broken && bound.doneProperty().get();
        getStyleClass().remove("broken");
        if (broken) {
            getStyleClass().add("broken");
        }
        mark.pseudoClassStateChanged(DONE, done);
        mark.setTooltip(done ? doneTooltip() : null);
        mark.setText(broken ? "⚠" : done ? "✓ Done" : "");
        mark.setVisible(broken || done);
        mark.setManaged(broken || done);
    }

    /** Made when first needed: most rows start without a mark, and the list comes right after the first frame. */
    private Tooltip doneTooltip() {
        if (doneTooltip == null) {
            doneTooltip = new Tooltip(DONE_MEANS);
        }
        return doneTooltip;
    }

    /** Title, question and excerpt for the current search. */
    private void showText() {
        if (bound == null) {
            return;
        }
        SearchHighlight search = new SearchHighlight(query.get());
        String subtitle = bound.subtitle();
        fill(title, search, bound.title(), "lesson-title");
        fill(question, search, subtitle, "lesson-question");
        show(question, !subtitle.isBlank());
        String found = search.excerpt(List.of(bound.title(), subtitle), bound.hiddenText())
                .orElse("");
        fill(excerpt, search, found, "lesson-excerpt");
        show(excerpt, !found.isEmpty());
    }

    private static void fill(TextFlow flow, SearchHighlight search, String text, String styleClass) {
        flow.getChildren()
                .setAll(search.segments(text).stream()
                        .map(segment -> {
                            Text run = new Text(segment.text());
                            run.getStyleClass().add(styleClass);
                            if (segment.match()) {
                                run.getStyleClass().add("search-match");
                            }
                            return run;
                        })
                        .toList());
    }

    /**
     * A text flow that wraps at its preferred width (bound to the list's), whatever width it is asked its height
     * for, as the old {@code Text.wrappingWidth} did; before the list has a width, it does not wrap. The list
     * measures rows before they are laid out, at widths of its own: a plain TextFlow then answered heights that
     * were too tall (the list, scrolled to the open lesson, landed far below it) or a line short (the next row
     * covered the rest). LessonListRowsTest holds both.
     */
    private static final class RowText extends TextFlow {
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(getPrefWidth() > 0 ? getPrefWidth() : -1);
        }
    }

    private static void show(TextFlow flow, boolean shown) {
        flow.setVisible(shown);
        flow.setManaged(shown);
    }
}
