package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.util.Arrays;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import processlab.recording.Recording;
import processlab.ui.output.OutputPanel;

/**
 * A student's endless output in a real try-it block: the output view keeps its last lines and no undo history (the
 * default history kept every line ever shown, a gigabyte in a minute), and a line that never ends shows cut, once.
 */
class OutputFloodFxTest extends TryItFxTest {

    static final String PRINT_LOOP = "while True:\n    print('x' * 80)\n";
    static final String ENDLESS_LINE = "import sys\nwhile True:\n    sys.stdout.write('y' * 1000)\n";

    @Override
    String code() {
        return PRINT_LOOP;
    }

    @Test
    void aPrintLoopShowsItsLastLinesAndKeepsNoUndoHistory(FxRobot robot) throws Exception {
        robot.clickOn(".tryit-run");
        // More lines than the view and the Recording keep have gone through, frame by frame.
        waitUntil(() -> recording() != null && recording().droppedOutputLines() > 0);
        int[] paragraphs = new int[1];
        boolean[] undoable = new boolean[1];
        String[] newest = new String[1];
        robot.interact(() -> {
            view.output().pull();
            StyleClassedTextArea area = view.output().area();
            paragraphs[0] = area.getParagraphs().size();
            undoable[0] = area.getUndoManager().isUndoAvailable();
            newest[0] = area.getParagraph(paragraphs[0] - 2).getText();
        });
        assertTrue(view.isRunning(), "still printing");
        assertTrue(paragraphs[0] <= OutputPanel.MAX_LINES + 1, paragraphs[0] + " paragraphs");
        assertFalse(undoable[0], "the output view keeps no undo history");
        assertTrue(newest[0].endsWith("x".repeat(80)), newest[0]);
        robot.clickOn(".tryit-stop");
        waitUntil(() -> !view.isRunning());
    }

    @Test
    void aLineThatNeverEndsShowsCutOnce(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().setText(ENDLESS_LINE));
        robot.clickOn(".tryit-run");
        waitUntil(() -> view.output().shownText().contains("(line cut at 4000 bytes)"));
        robot.clickOn(".tryit-stop");
        waitUntil(() -> !view.isRunning());
        String[] lines = view.output().shownText().split("\n");
        assertTrue(lines[0].endsWith("y".repeat(100) + " … (line cut at 4000 bytes)"), lines[0].substring(0, 40));
        assertEquals(
                1,
                Arrays.stream(lines)
                        .filter(line -> line.contains("(line cut at"))
                        .count(),
                "one line, cut once: " + Arrays.asList(lines));
        // Stopped while it writes, the program ends without a broken pipe: the app kept reading until it was gone.
        assertFalse(
                Arrays.asList(lines).toString().contains("Traceback"),
                Arrays.asList(lines).toString());
        int kept = recording().outputAfter(-1).stream()
                .mapToInt(line -> line.text().length())
                .sum();
        assertTrue(kept < 5_000, "kept " + kept + " characters");
    }

    private Recording recording() {
        return view.recordingProperty().get();
    }
}
