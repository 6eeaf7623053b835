package processlab.ui.code;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import processlab.exercise.Verdict;
import processlab.ui.ClassroomStyles;

/**
 * An exercise card: title, prompt, the editor with the starter code, Check / Stop / Reset, then the verdict
 * (what was wrong, in the student's words, or what was seen when it passed) and the run's output.
 */
public final class ExerciseView extends VBox {

    private final ExerciseViewModel model;
    private final CodeRunControls controls;
    private final VBox feedback = new VBox(4);

    public ExerciseView(ExerciseViewModel model, List<Node> prompt) {
        this.model = model;
        this.controls = new CodeRunControls(model.runs(), model.exercise().starter(), "python", "exercise", "Check",
                "Reset to starter", this::check, model::stop, model::clear);
        getStyleClass().addAll("exercise", "classroom-card");
        setId("exercise-" + model.exercise().id());
        ClassroomStyles.addTo(this);
        setSpacing(8);
        setStyle("-fx-padding: 12;");

        Label title = new Label("Exercise \u2014 " + model.exercise().title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label solved = new Label("\u2713 Solved");
        solved.getStyleClass().add("exercise-solved");
        solved.visibleProperty().bind(model.passedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, solved);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox promptBox = new VBox(6);
        promptBox.getStyleClass().add("exercise-prompt");
        promptBox.getChildren().addAll(prompt);

        Label status = controls.status;
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(8, controls.run, controls.stop, controls.reset, status);
        actions.getStyleClass().add("exercise-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        feedback.getStyleClass().add("exercise-feedback");
        feedback.setVisible(false);
        feedback.managedProperty().bind(feedback.visibleProperty());
        model.verdictProperty().addListener((obs, old, verdict) -> showVerdict(verdict));
        getChildren().addAll(header, promptBox, controls.editor, actions, feedback, controls.output);
    }

    /** Runs and judges the code in the editor. */
    public void check() {
        controls.beforeRun();
        model.check(controls.editor.text());
    }

    public CodeEditor editor() {
        return controls.editor;
    }

    public RunOutputView output() {
        return controls.output;
    }

    private void showVerdict(Verdict verdict) {
        controls.output.pull();
        feedback.getStyleClass().removeAll("right", "wrong");
        feedback.getChildren().clear();
        if (verdict == null) {
            feedback.setVisible(false);
            return;
        }
        feedback.getStyleClass().add(verdict.passed() ? "right" : "wrong");
        Label headline = new Label(verdict.passed() ? "Passed" : "Not yet");
        headline.getStyleClass().add("exercise-verdict");
        feedback.getChildren().add(headline);
        for (String message : verdict.messages()) {
            Label line = new Label((verdict.passed() ? "" : "\u2022 ") + message);
            line.setWrapText(true);
            line.getStyleClass().add("exercise-message");
            feedback.getChildren().add(line);
        }
        feedback.setVisible(true);
    }
}
