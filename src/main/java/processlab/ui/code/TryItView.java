package processlab.ui.code;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import processlab.exercise.PythonError;
import processlab.lesson.CodeBlock;
import processlab.tryit.CodeLanguage;
import processlab.ui.ClassroomStyles;

/**
 * A runnable code block: the code in an editor, Run / Stop / Reset, a status line and the output. An error
 * marks its line in the editor. Wiring only; running is {@link CodeRunViewModel}'s job.
 */
public final class TryItView extends VBox {

    private final CodeRunViewModel model;
    private final CodeLanguage language;
    private final CodeEditor editor;
    private final RunOutputView output = new RunOutputView();
    private final Label status = new Label();

    public TryItView(CodeBlock block, CodeLanguage language, CodeRunViewModel model) {
        this.model = model;
        this.language = language;
        this.editor = new CodeEditor(block.body(), block.language());
        getStyleClass().addAll("tryit", "classroom-card");
        ClassroomStyles.addTo(this);
        setSpacing(8);
        setStyle("-fx-padding: 10;");

        Button run = new Button("Run");
        run.getStyleClass().addAll("run-button", "tryit-run", "accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> run());
        Button stop = new Button("Stop");
        stop.getStyleClass().addAll("stop-button", "tryit-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(event -> model.stop());
        Button reset = new Button("Reset");
        reset.getStyleClass().add("tryit-reset");
        reset.setOnAction(event -> editor.setText(block.body()));

        Label title = new Label(language == CodeLanguage.JAVA ? "Try it \u2014 Java" : "Try it \u2014 Python");
        title.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button button : java.util.List.of(run, stop, reset)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, title, spacer, run, stop, reset);
        bar.setAlignment(Pos.CENTER_LEFT);

        block.expectedError().ifPresent(expected -> {
            Label meant = new Label("This code is meant to fail with " + expected + ".");
            meant.getStyleClass().add("expected-error");
            getChildren().add(meant);
        });

        status.getStyleClass().addAll("run-status", "tryit-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        output.visibleProperty().bind(model.recordingProperty().isNotNull());
        output.managedProperty().bind(output.visibleProperty());
        model.recordingProperty().addListener((obs, old, recording) -> {
            if (recording != null) {
                output.follow(recording);
            }
        });
        model.errorProperty().addListener((obs, old, error) -> showError(error));
        getChildren().addAll(0, java.util.List.of(bar, editor));
        getChildren().addAll(status, output);
    }

    /** Runs the code as it is in the editor now. */
    public void run() {
        editor.markErrorLine(0);
        model.run(language, editor.text(), finished -> output.pull());
    }

    public void stop() {
        model.stop();
    }

    public CodeEditor editor() {
        return editor;
    }

    public RunOutputView output() {
        return output;
    }

    private void showError(PythonError error) {
        status.getStyleClass().remove("error");
        if (error != null) {
            status.getStyleClass().add("error");
            if (error.hasLine()) {
                editor.markErrorLine(error.line());
            }
        }
    }
}
