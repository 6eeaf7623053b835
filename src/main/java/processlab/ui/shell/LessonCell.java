package processlab.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** A lesson list row: number, title, the question under it, and the done-mark (or a mark for errors). */
final class LessonCell extends ListCell<LessonItem> {

    private final Label number = new Label();
    // Text, not Label: a wrapping Label in a list cell gets no width to wrap at and is cut off instead.
    private final Text title = new Text();
    private final Text question = new Text();
    private final Label mark = new Label();
    private final HBox row;
    private LessonItem bound;

    LessonCell() {
        number.getStyleClass().add("lesson-number");
        number.setMinWidth(28);
        title.getStyleClass().add("lesson-title");
        question.getStyleClass().add("lesson-question");
        mark.getStyleClass().add("done-mark");
        mark.setMinWidth(18);
        VBox text = new VBox(2, title, question);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(8, number, text, mark);
        row.setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("lesson-cell");
        setPrefWidth(0); // let the row wrap to the list's width instead of widening the list
        listViewProperty().addListener((obs, old, list) -> {
            if (list != null) {
                title.wrappingWidthProperty().bind(list.widthProperty().subtract(90));
                question.wrappingWidthProperty().bind(list.widthProperty().subtract(90));
            }
        });
    }

    @Override
    protected void updateItem(LessonItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            mark.textProperty().unbind();
            bound = null;
        }
        getStyleClass().remove("broken");
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bound = item;
        number.setText(String.format("%02d", item.number()));
        title.setText(item.title());
        String subtitle = item.lesson().question().isBlank() ? item.lesson().summary() : item.lesson().question();
        question.setText(subtitle);
        question.setVisible(!subtitle.isBlank());
        question.setManaged(!subtitle.isBlank());
        if (item.lesson().isValid()) {
            mark.textProperty().bind(javafx.beans.binding.Bindings.when(item.doneProperty()).then("✓").otherwise(""));
        } else {
            getStyleClass().add("broken");
            mark.setText("⚠");
        }
        setText(null);
        setGraphic(row);
    }
}
