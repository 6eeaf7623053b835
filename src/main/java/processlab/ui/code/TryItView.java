package processlab.ui.code;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import processlab.lesson.CodeBlock;
import processlab.recording.Recording;
import processlab.tryit.CodeLanguage;
import processlab.ui.common.ClassroomStyles;
import processlab.ui.output.OutputPanel;

/**
 * A runnable code block: the code in an editor, Run / Stop / Reset, a status line and the output. An error
 * marks its line in the editor. Wiring only; running is {@link CodeRunViewModel}'s job.
 */
public final class TryItView extends VBox {

    private final CodeRunViewModel model;
    private final CodeLanguage language;
    private final Optional<String> minimumPython;
    private final CodeRunControls controls;

    public TryItView(CodeBlock block, CodeLanguage language, CodeRunViewModel model) {
        this.model = model;
        this.language = language;
        this.minimumPython = block.minimumPython();
        this.controls = new CodeRunControls(
                model, block.body(), block.language(), "tryit", "Run", "Reset", this::run, this::stop, model::clear);
        getStyleClass().addAll("tryit", "classroom-card");
        ClassroomStyles.addTo(this);
        setSpacing(8);
        setStyle("-fx-padding: 10;");

        Label title = new Label(language == CodeLanguage.JAVA ? "Try it \u2014 Java" : "Try it \u2014 Python");
        title.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, controls.run, controls.stop, controls.reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, controls.editor);

        block.minimumPython().ifPresent(version -> {
            Label needs = new Label("Needs Python " + version + " or newer: it runs with the newest Python found.");
            needs.getStyleClass().add("minimum-python");
            getChildren().add(needs);
        });

        block.expectedError().ifPresent(expected -> {
            Label meant = new Label("This code is meant to fail with " + expected + ".");
            meant.getStyleClass().add("expected-error");
            getChildren().add(meant);
        });

        // Here the status line itself turns red on an error (the exercise shows its verdict instead).
        model.errorProperty().addListener((obs, old, error) -> {
            controls.status.getStyleClass().remove("error");
            if (error != null) {
                controls.status.getStyleClass().add("error");
            }
        });
        getChildren().addAll(controls.status, controls.output);
    }

    /** Runs the code as it is in the editor now. */
    public void run() {
        controls.beforeRun();
        model.run(language, controls.editor.text(), minimumPython, finished -> controls.output.pull());
    }

    public void stop() {
        model.stop();
    }

    public boolean isRunning() {
        return model.runningProperty().get();
    }

    public CodeEditor editor() {
        return controls.editor;
    }

    public OutputPanel output() {
        return controls.output;
    }

    /** The run on screen, kept after it ends. */
    public ReadOnlyObjectProperty<Recording> recordingProperty() {
        return model.recordingProperty();
    }
}
