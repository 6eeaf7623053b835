package processlab.ui.code;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import processlab.ui.output.OutputPanel;

/**
 * What a try-it editor and an exercise card share: the editor, Run (or Check) / Stop / Reset, the status line
 * and the output, bound to one {@link CodeRunViewModel}. Each view lays these out its own way and adds what is
 * its own (the exercise's verdict, the try-it's red status on an error).
 */
final class CodeRunControls {

    final CodeEditor editor;
    final Button run;
    final Button stop;
    final Button reset;
    final Label status = new Label();
    final OutputPanel output = new OutputPanel();

    /**
     * @param kind    the style-class prefix ({@code tryit}, {@code exercise}) tests and CSS find the parts by
     * @param runName what the run button does ({@code Run}, {@code Check}); its class is {@code kind-runname}
     * @param onRun   what the run button starts (the view's own run, so the keyboard and the button agree)
     * @param onStop  what the stop button ends
     * @param onReset what else Reset forgets besides the run's output and error (an exercise's verdict)
     */
    CodeRunControls(
            CodeRunViewModel model,
            String code,
            String language,
            String kind,
            String runName,
            String resetText,
            Runnable onRun,
            Runnable onStop,
            Runnable onReset) {
        editor = new CodeEditor(code, language);
        run = new Button(runName);
        run.getStyleClass().addAll("run-button", kind + "-" + runName.toLowerCase(java.util.Locale.ROOT), "accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> onRun.run());
        stop = new Button("Stop");
        stop.getStyleClass().addAll("stop-button", kind + "-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(event -> onStop.run());
        reset = new Button(resetText);
        reset.getStyleClass().add(kind + "-reset");
        // Reset waits for the run to end: the output on screen is then the last run's, and goes with its code.
        reset.disableProperty().bind(model.runningProperty());
        reset.setOnAction(event -> {
            editor.setText(code);
            editor.markErrorLine(0); // unedited code keeps its text, and so would keep its mark
            onReset.run();
        });
        keepFocusInPlace(model);
        // Buttons keep their labels whole; the status line takes what is left and wraps.
        for (Button button : List.of(run, stop, reset)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        status.getStyleClass().addAll("run-status", kind + "-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        // The output takes no room until there is a run to show.
        output.visibleProperty().bind(model.recordingProperty().isNotNull());
        output.managedProperty().bind(output.visibleProperty());
        model.recordingProperty().addListener((obs, old, recording) -> {
            if (recording != null) {
                output.follow(recording);
            } else {
                output.clear();
            }
        });
        model.errorProperty().addListener((obs, old, error) -> {
            if (error != null && error.hasLine()) {
                editor.markErrorLine(error.line());
            }
        });
    }

    /**
     * Hands the focus from Run (or Reset) to Stop when a run starts, and back to Run when it ends. Left alone, a
     * focused button that gets disabled passes the focus on by traversal, and the lesson page's scroll pane scrolls
     * whatever is traversed to into view: when a run ended, Stop passed it to Reset and the page jumped up, away
     * from the output. A direct request moves nothing. (A change listener runs after the disable bindings.)
     */
    private void keepFocusInPlace(CodeRunViewModel model) {
        model.runningProperty().addListener((obs, was, running) -> {
            boolean lost = running ? run.isFocused() || reset.isFocused() : stop.isFocused();
            if (lost) {
                (running ? stop : run).requestFocus();
            }
        });
    }

    /** Clears the last run's error mark before a new run. */
    void beforeRun() {
        editor.markErrorLine(0);
    }
}
