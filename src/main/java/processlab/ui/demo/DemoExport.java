package processlab.ui.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;

import processlab.run.Recording;
import processlab.trace.ChromeTrace;
import processlab.ui.timeline.model.ComparisonImage;

/** Export from a demo panel: the compared timelines as one PNG, and a run as Chrome Trace JSON. */
final class DemoExport {

    private static final System.Logger LOG = System.getLogger(DemoExport.class.getName());

    private DemoExport() {
    }

    /** Writes the compared runs as the panel shows them, on its time scale, drawn with Java2D. */
    static void writePng(DemoPanel panel, Path file, int width) throws IOException {
        List<Recording> recordings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (RunEntry entry : panel.model().entries()) {
            if (entry.recording() != null) {
                recordings.add(entry.recording());
                titles.add(entry.title());
            }
        }
        if (recordings.isEmpty()) {
            throw new IOException("nothing to export yet: run the demo first");
        }
        var image = ComparisonImage.render(recordings, titles, panel.viewport().window(), width,
                panel.showAllThreads());
        processlab.ui.timeline.model.TimelineImage.writePng(image, file);
    }

    static void choosePng(DemoPanel panel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export timeline as PNG");
        chooser.setInitialFileName("timeline.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        var file = chooser.showSaveDialog(panel.getScene().getWindow());
        if (file != null) {
            try {
                writePng(panel, file.toPath(), 1600);
            } catch (IOException | RuntimeException e) {
                fail("Could not write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Asks which run when several ran (a trace holds one run), then where; writes Chrome Trace JSON. */
    static void chooseTrace(DemoPanel panel) {
        List<RunEntry> ran = panel.model().entries().stream().filter(e -> e.recording() != null).toList();
        if (ran.isEmpty()) {
            fail("Nothing to export yet: run the demo first.", null);
            return;
        }
        RunEntry entry = ran.get(0);
        if (ran.size() > 1) {
            ChoiceDialog<String> which = new ChoiceDialog<>(entry.title(), ran.stream().map(RunEntry::title).toList());
            which.setHeaderText("A trace file holds one run. Which one?");
            var answer = which.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            entry = ran.stream().filter(e -> e.title().equals(answer.get())).findFirst().orElse(entry);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export run as trace (opens in Perfetto)");
        chooser.setInitialFileName(entry.kind().id() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chrome Trace JSON", "*.json"));
        var file = chooser.showSaveDialog(panel.getScene().getWindow());
        if (file != null) {
            try {
                ChromeTrace.write(entry.recording(), file.toPath());
            } catch (IOException | RuntimeException e) {
                fail("Could not write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static void fail(String message, Exception e) {
        LOG.log(System.Logger.Level.WARNING, message, e);
        new Alert(Alert.AlertType.ERROR, message).show();
    }
}
