package processlab.ui.code;

import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import processlab.run.OutputLine;
import processlab.run.Recording;

/**
 * A run's output, each line tagged with the pid that wrote it, standard error in red. It reads the
 * Recording once per frame while the run goes on (never a UI call per line), then once more at the end.
 */
public final class RunOutputView extends StackPane {

    /** Made at the first run: a page of unrun code blocks should not pay for text areas it never shows. */
    private StyleClassedTextArea text;
    private static final double MIN_HEIGHT = 60;
    private static final double MAX_HEIGHT = 280;
    private final AnimationTimer frames;
    private Recording recording;
    private long lastSeq = -1;
    private long seenVersion = -1;
    private int noticesShown;

    public RunOutputView() {
        getStyleClass().add("run-output");
        setPrefHeight(MIN_HEIGHT);
        setMinHeight(MIN_HEIGHT);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pull();
                if (recording == null || recording.isFinished()) {
                    stop();
                }
            }
        };
    }

    /** Clears the panel and follows a new run. */
    public void follow(Recording newRecording) {
        area().clear();
        recording = newRecording;
        lastSeq = -1;
        seenVersion = -1;
        noticesShown = 0;
        frames.start();
    }

    /** Reads what is new now (the final read when a run ends, so nothing waits for the next frame). */
    public void pull() {
        if (recording == null || recording.version() == seenVersion) {
            return;
        }
        seenVersion = recording.version();
        List<OutputLine> lines = recording.outputAfter(lastSeq);
        for (OutputLine line : lines) {
            append("[" + line.pid() + "] ", "pid");
            append(line.text() + "\n", line.stderr() ? "stderr" : "stdout");
            lastSeq = line.seq();
        }
        List<String> notices = recording.notices();
        for (int i = noticesShown; i < notices.size(); i++) {
            append(notices.get(i) + "\n", "notice");
        }
        noticesShown = notices.size();
        if (!lines.isEmpty()) {
            fitHeight();
            area().requestFollowCaret();
        }
    }

    private void append(String chunk, String style) {
        StyleClassedTextArea text = area();
        int start = text.getLength();
        text.appendText(chunk);
        text.setStyleClass(start, text.getLength(), style);
        text.moveTo(text.getLength());
    }

    public void stopFollowing() {
        frames.stop();
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
