package processlab.ui.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.ui.common.FrameTimer;
import processlab.ui.timeline.LiveCadence;

/**
 * The output of a run's processes, one line per row, each tagged with its pid and coloured by its process.
 * Reads new lines from the Recording once per frame (never per line), keeps at most {@link #MAX_LINES}, and
 * follows the end while the user has not scrolled away from it. The colours are style classes
 * ({@code process-0}…, {@code stderr}) that the demo panel's stylesheet fills for the theme in use.
 */
public final class OutputPanel extends StackPane {

    public static final int MAX_LINES = 2_000;

    /** How many process colours the stylesheet has; more processes reuse them. */
    private static final int PROCESS_COLORS = 8;

    private final ListView<OutputLine> list = new ListView<>();
    private final ObjectProperty<Recording> recording = new SimpleObjectProperty<>(this, "recording");
    private final Map<Long, String> colorByPid = new HashMap<>();
    private final Font mono = Font.font("Monospaced", FontWeight.NORMAL, 15);
    private final Font monoBold = Font.font("Monospaced", FontWeight.BOLD, 15);
    private long drawnBucket = -1;
    private long lastSeq = -1;
    private long lastVersion = -1;
    /** Off once the user scrolls up to read; back on with End, or for a new run. */
    private boolean followEnd = true;

    public OutputPanel() {
        getStyleClass().add("output-panel");
        list.setId("output-list");
        list.setCellFactory(view -> new LineCell());
        Text placeholder = new Text("No output yet.");
        placeholder.getStyleClass().add("output-placeholder");
        list.setPlaceholder(placeholder);
        getChildren().add(list);
        recording.addListener((obs, old, now) -> {
            list.getItems().clear();
            colorByPid.clear();
            lastSeq = -1;
            lastVersion = -1;
            followEnd = true;
        });
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                followEnd = false;
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.END) {
                followEnd = true;
            } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.HOME) {
                followEnd = false;
            }
        });
        FrameTimer.whileInScene(this, now -> {
            // New lines show on the same frames as the other live views (see LiveCadence).
            Recording current = recording.get();
            if (LiveCadence.bucket(now) != drawnBucket || current != null && current.isFinished()) {
                drawnBucket = LiveCadence.bucket(now);
                pull();
            }
        });
    }

    public ObjectProperty<Recording> recordingProperty() {
        return recording;
    }

    public void setRecording(Recording value) {
        recording.set(value);
    }

    /** The lines shown now (for tests). */
    public List<OutputLine> lines() {
        return List.copyOf(list.getItems());
    }

    /** Takes the lines written since the last frame. */
    void pull() {
        Recording current = recording.get();
        if (current == null || current.version() == lastVersion) {
            return;
        }
        lastVersion = current.version();
        List<OutputLine> fresh = current.outputAfter(lastSeq);
        if (fresh.isEmpty()) {
            return;
        }
        lastSeq = fresh.get(fresh.size() - 1).seq();
        ObservableList<OutputLine> items = list.getItems();
        if (fresh.size() >= MAX_LINES) {
            items.setAll(fresh.subList(fresh.size() - MAX_LINES, fresh.size()));
        } else {
            int overflow = items.size() + fresh.size() - MAX_LINES;
            if (overflow > 0) {
                items.remove(0, overflow);
            }
            items.addAll(fresh);
        }
        if (followEnd) {
            list.scrollTo(items.size() - 1);
        }
    }

    private String colorOf(long pid) {
        return colorByPid.computeIfAbsent(pid, p -> "process-" + colorByPid.size() % PROCESS_COLORS);
    }

    /**
     * One row. Its text nodes are made once and refilled: a new run's lines arrive four times a second and each
     * arrival refills every visible row, which would otherwise build (and style) a fresh node tree per row.
     */
    private final class LineCell extends ListCell<OutputLine> {

        private final Text tag = new Text();
        private final Text body = new Text();
        private final TextFlow flow = new TextFlow(tag, body);

        LineCell() {
            tag.setFont(monoBold);
            body.setFont(mono);
            // Wrap long lines inside the panel instead of scrolling sideways: a class reads the whole line.
            flow.maxWidthProperty().bind(list.widthProperty().subtract(32));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(OutputLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            String color = colorOf(line.pid());
            tag.setText("[pid " + line.pid() + "] ");
            restyle(tag, color);
            body.setText(line.text());
            restyle(body, line.stderr() ? "stderr" : color);
            setGraphic(flow);
        }

        /** A changed style class costs the text a CSS pass: only when the colour really changes. */
        private static void restyle(Text text, String color) {
            if (text.getStyleClass().size() != 1 || !text.getStyleClass().get(0).equals(color)) {
                text.getStyleClass().setAll(color);
            }
        }
    }
}
