package processlab.ui.quiz;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import processlab.ui.common.ClassroomStyles;
import processlab.ui.common.Fxml;

/**
 * A quiz card (QuizView.fxml): the heading with the score, then one {@link QuestionView} per question. Wiring only;
 * all state lives in {@link QuizViewModel}. Style classes ({@code quiz-question}, {@code quiz-choice}, {@code
 * quiz-check}, {@code quiz-retry}, {@code quiz-feedback}) are how tests and stylesheets find the parts.
 */
public final class QuizView extends VBox {

    @FXML
    private Label heading;

    public QuizView(QuizViewModel model) {
        Fxml.loadInto(this, Map.of());
        ClassroomStyles.addTo(this);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Quiz \u2014 " + model.rightCountProperty().get() + " of "
                                + model.questions().size() + " right",
                        model.rightCountProperty()));
        int number = 1;
        for (QuestionViewModel question : model.questions()) {
            getChildren().add(new QuestionView(question, number++));
        }
    }
}
