package processlab.ui.quiz;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import processlab.ui.common.Fxml;

/**
 * One question of a quiz card (QuestionView.fxml): its choices as radio buttons, Check, the verdict with the
 * explanation, Retry. Wiring only; the state lives in {@link QuestionViewModel}.
 */
final class QuestionView extends VBox {

    @FXML
    private Label questionText;

    @FXML
    private VBox choices;

    @FXML
    private Button check;

    @FXML
    private Button retry;

    @FXML
    private Label feedback;

    QuestionView(QuestionViewModel model, int number) {
        Fxml.loadInto(this, Map.of());
        setId("quiz-" + model.key().quizLine() + "-" + model.key().question());
        questionText.setText(number + ". " + model.text());

        // As many choices as the question has: made here, not in the layout.
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < model.choices().size(); i++) {
            int index = i;
            RadioButton choice = new RadioButton(model.choices().get(i));
            choice.setWrapText(true);
            choice.getStyleClass().add("quiz-choice");
            choice.setToggleGroup(group);
            choice.setOnAction(event -> model.choose(index));
            choice.disableProperty().bind(model.stateProperty().isNotEqualTo(QuestionViewModel.State.UNANSWERED));
            choices.getChildren().add(choice);
        }
        // The model is the truth: a restored or retried answer moves the selection, not the other way round.
        Runnable syncSelection = () -> {
            int selected = model.selectedProperty().get();
            group.selectToggle(selected < 0 ? null : group.getToggles().get(selected));
        };
        model.selectedProperty().addListener((obs, old, now) -> syncSelection.run());
        syncSelection.run();

        check.disableProperty().bind(model.canCheckProperty().not());
        check.setOnAction(event -> model.check());

        retry.visibleProperty().bind(model.stateProperty().isNotEqualTo(QuestionViewModel.State.UNANSWERED));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(event -> model.retry());

        feedback.textProperty().bind(model.feedbackProperty());
        feedback.visibleProperty().bind(model.feedbackProperty().isNotEmpty());
        feedback.managedProperty().bind(feedback.visibleProperty());
        model.stateProperty().addListener((obs, old, now) -> showState(now));
        showState(model.stateProperty().get());
    }

    private void showState(QuestionViewModel.State state) {
        feedback.getStyleClass().removeAll("right", "wrong");
        if (state == QuestionViewModel.State.RIGHT) {
            feedback.getStyleClass().add("right");
        } else if (state == QuestionViewModel.State.WRONG) {
            feedback.getStyleClass().add("wrong");
        }
    }
}
