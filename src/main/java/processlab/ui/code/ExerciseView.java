package processlab.ui.code;

import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import processlab.exercise.Verdict;
import processlab.ui.common.ClassroomStyles;
import processlab.ui.common.Fxml;
import processlab.ui.output.OutputPanel;

/**
 * An exercise card (ExerciseView.fxml): title, prompt, the editor with the starter code (or the student's saved
 * passing solution), Check / Stop / Reset, then the verdict (what was wrong, in the student's words, or what was
 * seen when it passed) and the run's output.
 */
public final class ExerciseView extends VBox {

    private final ExerciseViewModel model;
    private final CodeRunControls controls;

    @FXML
    private Label title;

    @FXML
    private Label solved;

    @FXML
    private VBox promptBox;

    @FXML
    private HBox solutionBar;

    @FXML
    private Label solutionNote;

    @FXML
    private Button showSolution;

    @FXML
    private VBox feedback;

    public ExerciseView(ExerciseViewModel model, List<Node> prompt) {
        this.model = model;
        // Made with the starter, which Reset brings back; a saved solution replaces it below (solutionBar).
        this.controls = new CodeRunControls(
                model.runs(),
                model.exercise().starter(),
                "python",
                "exercise",
                "Check",
                "Reset to starter",
                this::check,
                model::stop,
                model::clear);
        controls.status.setMinWidth(0);
        HBox.setHgrow(controls.status, Priority.ALWAYS);
        Fxml.loadInto(
                this,
                Map.of(
                        "editor", controls.editor,
                        "run", controls.run,
                        "stop", controls.stop,
                        "reset", controls.reset,
                        "status", controls.status,
                        "output", controls.output));
        setId("exercise-" + model.exercise().id());
        ClassroomStyles.addTo(this);
        title.setText("Exercise \u2014 " + model.exercise().title());
        solved.visibleProperty().bind(model.passedProperty());
        promptBox.getChildren().addAll(prompt);
        solutionBar();
        feedback.managedProperty().bind(feedback.visibleProperty());
        model.verdictProperty().addListener((obs, old, verdict) -> showVerdict(verdict));
    }

    /**
     * The line over the editor that says whose code it shows, when the student has a saved passing solution:
     * the solution comes back when the exercise is opened (Reset gives the starter), and after a Reset one
     * click brings the solution back, so starting over never loses it.
     */
    private void solutionBar() {
        solutionBar.managedProperty().bind(solutionBar.visibleProperty());
        showSolution.setOnAction(e -> model.savedSolutionProperty().get().ifPresent(code -> {
            controls.editor.setText(code);
            showSolutionState(true);
        }));
        controls.reset.addEventHandler(ActionEvent.ACTION, e -> showSolutionState(false));
        model.savedSolutionProperty().get().ifPresent(code -> {
            controls.editor.setText(code);
            showSolutionState(true);
        });
    }

    /** @param inEditor whether the editor shows the saved solution (else the starter, after a Reset) */
    private void showSolutionState(boolean inEditor) {
        if (model.savedSolutionProperty().get().isEmpty()) {
            return;
        }
        solutionNote.setText(
                inEditor
                        ? "Your passing solution, saved with your progress. \u201cReset to starter\u201d starts over."
                        : "The starter code is back; your passing solution stays saved.");
        showSolution.setVisible(!inEditor);
        showSolution.setManaged(!inEditor);
        solutionBar.setVisible(true);
    }

    /** Runs and judges the code in the editor. */
    public void check() {
        controls.beforeRun();
        model.check(controls.editor.text());
    }

    public CodeEditor editor() {
        return controls.editor;
    }

    public OutputPanel output() {
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
