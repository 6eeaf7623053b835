package processlab.ui.output;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.util.UndoUtils;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.ui.common.FrameTimer;
import processlab.ui.timeline.LiveCadence;

/**
 * A run's output, each line tagged with the pid that wrote it, standard error in red: under a code block and in
 * a demo. It reads the Recording on the live views' frames while the run goes on (never a UI call per line), then
 * once more at the end. It holds at most {@link #MAX_LINES} lines and no undo history, so endless printing cannot
 * fill the app's memory. Each line also carries its process's colour class ({@code process-0}…), which the
 * demo's stylesheet fills; it follows the end until the reader scrolls up, and again after End or a new run.
 */
public final class OutputPanel extends StackPane {

    /** Lines kept on screen (the Recording keeps up to its own cap). */
    public static final int MAX_LINES = 2_000;

    private static final double MIN_HEIGHT = 60;
    private static final double MAX_HEIGHT = 280;
    /** How many process colours the stylesheet has; more processes reuse them. */
    private static final int PROCESS_COLORS = 8;

    private static final Collection<String> NOTICE = List.of("notice");

    /** Made at the first run: a page of unrun code blocks should not pay for text areas it never shows. */
    private StyleClassedTextArea text;

    private final ObjectProperty<Recording> recording = new SimpleObjectProperty<>(this, "recording");
    private final Map<Long, String> colorByPid = new HashMap<>();
    private long drawnBucket = -1;
    private long lastSeq = -1;
    private long seenVersion = -1;
    private int noticesShown;
    /** Off once the reader scrolls up; back on with End, or for a new run. */
    private boolean followEnd = true;

    private boolean growsWithOutput = true;

    public OutputPanel() {
        getStyleClass().add("run-output");
        setPrefHeight(MIN_HEIGHT);
        setMinHeight(MIN_HEIGHT);
        recording.addListener((obs, old, now) -> restart());
        FrameTimer.whileInScene(this, now -> {
            // New output shows on the same frames as the other live views (see LiveCadence).
            Recording current = recording.get();
            if (LiveCadence.bucket(now) != drawnBucket || current != null && current.isFinished()) {
                drawnBucket = LiveCadence.bucket(now);
                pull();
            }
        });
    }

    /** The run shown; a demo binds it to the run the student picked. */
    public ObjectProperty<Recording> recordingProperty() {
        return recording;
    }

    /** Clears the panel and follows a new run (the same one again starts over). */
    public void follow(Recording newRecording) {
        area();
        if (recording.get() == newRecording) {
            restart();
        } else {
            recording.set(newRecording);
        }
    }

    /** Empties the panel and follows no run (Reset). */
    public void clear() {
        recording.set(null);
        if (growsWithOutput) {
            setPrefHeight(MIN_HEIGHT);
        }
    }

    /** Off: the panel keeps the height its owner gives it instead of growing with the output up to a limit. */
    public void setGrowsWithOutput(boolean grows) {
        growsWithOutput = grows;
    }

    private void restart() {
        if (text != null) {
            text.clear();
        }
        colorByPid.clear();
        lastSeq = -1;
        seenVersion = -1;
        noticesShown = 0;
        followEnd = true;
    }

    /** Reads what is new now (the final read when a run ends, so nothing waits for the next frame). */
    public void pull() {
        Recording current = recording.get();
        if (current == null || current.version() == seenVersion) {
            return;
        }
        seenVersion = current.version();
        List<OutputLine> lines = current.outputAfter(lastSeq);
        List<String> notices = current.notices();
        if (lines.isEmpty() && notices.size() == noticesShown) {
            return;
        }
        StyleClassedTextArea text = area();
        // The new lines come styled, in one document: appending text and then styling it made every new line
        // twice, and a flood of output made the app allocate at a gigabyte a minute.
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> chunk =
                new ReadOnlyStyledDocumentBuilder<>(text.getSegOps(), text.getInitialParagraphStyle());
        // More than a screenful arrived since the last frame: the older ones would be cut again at once.
        List<OutputLine> shown = lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size());
        if (shown.size() < lines.size()) {
            lastSeq = shown.get(0).seq() - 1; // passed over by this view, not dropped by the run
        }
        int added = 0;
        for (OutputLine line : shown) {
            if (line.seq() > lastSeq + 1) {
                // The run dropped lines this view had not read yet: say so where they were.
                chunk.addParagraph(current.droppedNotice(line.seq() - lastSeq - 1), NOTICE);
                added++;
            }
            String color = colorOf(line.pid());
            chunk.addParagraph(List.of(
                    new StyledSegment<>("[" + line.pid() + "] ", List.of("pid", color)),
                    new StyledSegment<>(line.text(), List.of(line.stderr() ? "stderr" : "stdout", color))));
            lastSeq = line.seq();
            added++;
        }
        for (int i = noticesShown; i < notices.size(); i++) {
            chunk.addParagraph(notices.get(i), NOTICE);
        }
        added += notices.size() - noticesShown;
        noticesShown = notices.size();
        chunk.addParagraph("", List.of("stdout")); // where the next line starts, as after a newline
        // One edit per frame (the whole text when the new lines fill it), and the oldest lines go past the cap:
        // endless printing stays cheap to show.
        int from = added >= MAX_LINES ? 0 : text.getLength();
        int readerAt = text.getCaretPosition(); // an edit moves the caret; a reader who went up keeps their place
        text.replace(from, text.getLength(), chunk.build());
        int excess = text.getParagraphs().size() - MAX_LINES;
        int cut = excess > 0 ? text.getAbsolutePosition(excess, 0) : 0;
        if (cut > 0) {
            text.deleteText(0, cut);
        }
        if (followEnd) {
            text.moveTo(text.getLength());
        } else {
            text.moveTo(Math.max(0, Math.min(readerAt - cut, text.getLength())));
        }
        if (!lines.isEmpty()) {
            if (growsWithOutput) {
                fitHeight();
            }
            if (followEnd) {
                text.requestFollowCaret();
            }
        }
    }

    /** The text shown, for tests and copying. */
    public String shownText() {
        return text == null ? "" : text.getText();
    }

    public StyleClassedTextArea area() {
        if (text == null) {
            text = new StyleClassedTextArea();
            text.getStyleClass().add("run-output-text");
            text.setEditable(false);
            text.setWrapText(true);
            // Nobody undoes output, and the default history kept every line ever appended or cut: an endless
            // print loop grew the app by a gigabyte while the view showed its last 2,000 lines.
            text.setUndoManager(UndoUtils.noOpUndoManager());
            text.addEventFilter(ScrollEvent.SCROLL, e -> {
                if (e.getDeltaY() > 0) {
                    followEnd = false;
                }
            });
            text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.END) {
                    followEnd = true;
                } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.HOME) {
                    followEnd = false;
                }
            });
            // The lines' heights are known only once they are laid out, after the pull that added them: the
            // height fitted then was a line short at the page's 16 px (the first line cut, a scroll bar for five).
            text.totalHeightEstimateProperty().addListener((obs, old, now) -> {
                if (growsWithOutput && text.getLength() > 0) {
                    fitHeight();
                }
            });
            getChildren().add(new VirtualizedScrollPane<>(text));
        }
        return text;
    }

    private String colorOf(long pid) {
        return colorByPid.computeIfAbsent(pid, p -> "process-" + colorByPid.size() % PROCESS_COLORS);
    }

    /** Grows with the output up to a limit, then scrolls. */
    private void fitHeight() {
        int paragraphs = Math.max(text.getParagraphs().size(), 1);
        Double measured = text.totalHeightEstimateProperty().getValue();
        double lines = measured != null && measured > 0 ? Math.max(measured, paragraphs * 14.0) : paragraphs * 20.0;
        double frame = getInsets().getTop() + getInsets().getBottom() + 4;
        setPrefHeight(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, lines + frame)));
    }
}
