package processlab.ui.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import processlab.recording.Recording;
import processlab.timeline.ComparisonImage;
import processlab.timeline.TimelineImage;
import processlab.trace.ChromeTrace;
import processlab.util.DaemonThreads;

/**
 * Export from a demo panel: the compared timelines as one PNG, and a run as Chrome Trace JSON.
 *
 * <p>What to write is taken on the FX thread (the panel's runs, time scale and thread filter are FX state); the
 * drawing, encoding and writing happen on a named daemon thread, because a wide PNG or a long trace takes long
 * enough to freeze the window. The outcome comes back, on the FX thread, to the demo's status line.
 */
final class DemoExport {

    private static final System.Logger LOG = System.getLogger(DemoExport.class.getName());

    private final DemoPanel panel;
    private final Executor background;
    private final Executor ui;

    DemoExport(DemoPanel panel) {
        this(panel, ownThread(), Platform::runLater);
    }

    /** Each export on a named daemon thread of its own, ended with it: exports are rare, a pool would only idle. */
    static Executor ownThread() {
        return task -> DaemonThreads.numbered("processlab-demo-export-")
                .newThread(task)
                .start();
    }

    DemoExport(DemoPanel panel, Executor background, Executor ui) {
        this.panel = panel;
        this.background = background;
        this.ui = ui;
    }

    /** Call on the FX thread; returns at once. */
    void savePng(Path file, int width) {
        List<Recording> recordings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (RunEntry entry : ran()) {
            recordings.add(entry.recording());
            titles.add(entry.title());
            RunFigures shown = entry.figuresProperty().get();
            figures.add(shown == null ? "" : shown.oneLine());
        }
        if (recordings.isEmpty()) {
            panel.model().tell("Nothing to export yet: run the demo first.");
            return;
        }
        // The compared runs as the panel shows them now, on its time scale, each with its figures.
        ComparisonImage.Request picture = new ComparisonImage.Request(
                panel.model().title(),
                recordings,
                titles,
                figures,
                panel.viewport().window(),
                width,
                panel.showAllThreads());
        write(file, "Saved the timeline to " + file + ".", () -> TimelineImage.writePng(picture.render(), file));
    }

    /** Call on the FX thread; returns at once. A run's Recording is safe to read from any thread. */
    void saveTrace(RunEntry entry, Path file) {
        Recording recording = entry.recording();
        write(
                file,
                "Saved the trace of " + entry.title() + " to " + file + " (open it in Perfetto).",
                () -> ChromeTrace.write(recording, file));
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private void write(Path file, String success, FileWrite writing) {
        panel.model().tell("Writing " + file.getFileName() + "…");
        try {
            background.execute(() -> {
                String outcome;
                try {
                    writing.run();
                    outcome = success;
                } catch (IOException | RuntimeException e) {
                    outcome = "Could not write " + file + ": " + e.getMessage();
                    LOG.log(System.Logger.Level.WARNING, outcome, e);
                }
                String told = outcome;
                ui.execute(() -> panel.model().tell(told));
            });
        } catch (RuntimeException e) {
            panel.model().tell("Could not write " + file + ": " + e.getMessage());
        }
    }

    private List<RunEntry> ran() {
        return panel.model().entries().stream()
                .filter(e -> e.recording() != null)
                .toList();
    }

    void choosePng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export timeline as PNG");
        chooser.setInitialFileName(ExportFolder.fileName(panel.model().title(), "png"));
        chooser.setInitialDirectory(ExportFolder.initial());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        var file = chooser.showSaveDialog(panel.getScene().getWindow());
        if (file != null) {
            ExportFolder.remember(file);
            savePng(file.toPath(), 1600);
        }
    }

    /** Asks which run when several ran (a trace holds one run), then where. */
    void chooseTrace() {
        List<RunEntry> ran = ran();
        if (ran.isEmpty()) {
            panel.model().tell("Nothing to export yet: run the demo first.");
            return;
        }
        RunEntry entry = ran.get(0);
        if (ran.size() > 1) {
            ChoiceDialog<String> which = new ChoiceDialog<>(
                    entry.title(), ran.stream().map(RunEntry::title).toList());
            which.setTitle("Export trace");
            which.setHeaderText("A trace file holds one run. Which one?");
            which.initOwner(panel.getScene().getWindow());
            var answer = which.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            entry = ran.stream()
                    .filter(e -> e.title().equals(answer.get()))
                    .findFirst()
                    .orElse(entry);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export run as trace (opens in Perfetto)");
        chooser.setInitialFileName(entry.kind().id() + ".json");
        chooser.setInitialDirectory(ExportFolder.initial());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chrome Trace JSON", "*.json"));
        var file = chooser.showSaveDialog(panel.getScene().getWindow());
        if (file != null) {
            ExportFolder.remember(file);
            saveTrace(entry, file.toPath());
        }
    }
}
