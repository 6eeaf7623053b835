package processlab.ui.quiz;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import processlab.ui.common.ClassroomStyles;

/**
 * A quiz card: per question, its choices as radio buttons, Check, the verdict with the explanation, Retry.
 * Wiring only; all state lives in {@link QuizViewModel}. Style classes ({@code quiz-question}, {@code
 * quiz-choice}, {@code quiz-check}, {@code quiz-retry}, {@code quiz-feedback}) are how tests and stylesheets
 * find the parts.
 */
public final class QuizView extends VBox {

    public QuizView(QuizViewModel model) {
        getStyleClass().addAll("quiz-card", "classroom-card");
        ClassroomStyles.addTo(this);
        setSpacing(12);
        setPadding(new Insets(12));
        Label heading = new Label();
        heading.getStyleClass().add("card-title");
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Quiz \u2014 " + model.rightCountProperty().get() + " of "
                                + model.questions().size() + " right",
                        model.rightCountProperty()));
        getChildren().add(heading);
        int number = 1;
        for (QuestionViewModel question : model.questions()) {
            getChildren().add(questionBox(question, number++));
        }
    }

    private static VBox questionBox(QuestionViewModel model, int number) {
        Label text = new Label(number + ". " + model.text());
        text.setWrapText(true);
        text.getStyleClass().add("quiz-question-text");

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
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

        Button check = new Button("Check");
        check.getStyleClass().add("quiz-check");
        check.disableProperty().bind(model.canCheckProperty().not());
        check.setOnAction(event -> model.check());
        check.setDefaultButton(false);

        Button retry = new Button("Retry");
        retry.getStyleClass().add("quiz-retry");
        retry.visibleProperty().bind(model.stateProperty().isNotEqualTo(QuestionViewModel.State.UNANSWERED));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(event -> model.retry());

        Label feedback = new Label();
        feedback.setWrapText(true);
        feedback.getStyleClass().add("quiz-feedback");
        feedback.textProperty().bind(model.feedbackProperty());
        feedback.visibleProperty().bind(model.feedbackProperty().isNotEmpty());
        feedback.managedProperty().bind(feedback.visibleProperty());
        model.stateProperty().addListener((obs, old, now) -> showState(feedback, now));
        showState(feedback, model.stateProperty().get());

        VBox box = new VBox(8, text, choices, new HBox(8, check, retry), feedback);
        box.getStyleClass().add("quiz-question");
        box.setId("quiz-" + model.key().quizLine() + "-" + model.key().question());
        return box;
    }

    private static void showState(Label feedback, QuestionViewModel.State state) {
        feedback.getStyleClass().removeAll("right", "wrong");
        if (state == QuestionViewModel.State.RIGHT) {
            feedback.getStyleClass().add("right");
        } else if (state == QuestionViewModel.State.WRONG) {
            feedback.getStyleClass().add("wrong");
        }
    }
}
