package processlab.ui.code;

import java.util.Collection;
import java.util.List;

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
 * A run's output, each line tagged with the pid that wrote it, standard error in red. It reads the
 * Recording on the live views' frames while the run goes on (never a UI call per line), then once more at the end.
 * It holds at most {@link #MAX_LINES} lines and no undo history, so endless printing cannot fill the app's memory.
 */
public final class RunOutputView extends StackPane {

    /** Made at the first run: a page of unrun code blocks should not pay for text areas it never shows. */
    private StyleClassedTextArea text;
    private static final double MIN_HEIGHT = 60;
    private static final double MAX_HEIGHT = 280;
    /** Lines kept on screen (the Recording keeps up to its own cap). */
    static final int MAX_LINES = 2_000;
    private static final Collection<String> PID = List.of("pid");
    private static final Collection<String> STDOUT = List.of("stdout");
    private static final Collection<String> STDERR = List.of("stderr");
    private static final Collection<String> NOTICE = List.of("notice");
    private long drawnBucket = -1;
    private Recording recording;
    private long lastSeq = -1;
    private long seenVersion = -1;
    private int noticesShown;

    public RunOutputView() {
        getStyleClass().add("run-output");
        setPrefHeight(MIN_HEIGHT);
        setMinHeight(MIN_HEIGHT);
        FrameTimer.whileInScene(this, now -> {
            // New output shows on the same frames as the other live views (see LiveCadence).
            if (LiveCadence.bucket(now) != drawnBucket) {
                drawnBucket = LiveCadence.bucket(now);
                pull();
            }
        });
    }

    /** Clears the panel and follows a new run. */
    public void follow(Recording newRecording) {
        area().clear();
        recording = newRecording;
        lastSeq = -1;
        seenVersion = -1;
        noticesShown = 0;
    }

    /** Empties the panel and follows no run (Reset). */
    public void clear() {
        recording = null;
        if (text != null) {
            text.clear();
        }
        setPrefHeight(MIN_HEIGHT);
    }

    /** Reads what is new now (the final read when a run ends, so nothing waits for the next frame). */
    public void pull() {
        if (recording == null || recording.version() == seenVersion) {
            return;
        }
        seenVersion = recording.version();
        List<OutputLine> lines = recording.outputAfter(lastSeq);
        List<String> notices = recording.notices();
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
                chunk.addParagraph(recording.droppedNotice(line.seq() - lastSeq - 1), NOTICE);
                added++;
            }
            chunk.addParagraph(List.of(new StyledSegment<>("[" + line.pid() + "] ", PID),
                    new StyledSegment<>(line.text(), line.stderr() ? STDERR : STDOUT)));
            lastSeq = line.seq();
            added++;
        }
        for (int i = noticesShown; i < notices.size(); i++) {
            chunk.addParagraph(notices.get(i), NOTICE);
        }
        added += notices.size() - noticesShown;
        noticesShown = notices.size();
        chunk.addParagraph("", STDOUT); // where the next line starts, as after a newline
        // One edit per frame (the whole text when the new lines fill it), and the oldest lines go past the cap:
        // endless printing stays cheap to show.
        int from = added >= MAX_LINES ? 0 : text.getLength();
        text.replace(from, text.getLength(), chunk.build());
        int excess = text.getParagraphs().size() - MAX_LINES;
        if (excess > 0) {
            text.deleteText(0, text.getAbsolutePosition(excess, 0));
        }
        text.moveTo(text.getLength());
        if (!lines.isEmpty()) {
            fitHeight();
            text.requestFollowCaret();
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
            getChildren().add(new VirtualizedScrollPane<>(text));
        }
        return text;
    }

    /** Grows with the output up to a limit, then scrolls. */
    private void fitHeight() {
        int paragraphs = Math.max(text.getParagraphs().size(), 1);
        Double measured = text.totalHeightEstimateProperty().getValue();
        double perLine = measured != null && measured > 0 ? Math.max(measured / paragraphs, 14) : 20;
        setPrefHeight(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, paragraphs * perLine + 16)));
    }
}
