package processlab.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.recording.Recording;

@ExtendWith(ApplicationExtension.class)
class OutputPanelFxTest {

    private OutputPanel panel;
    private final Recording recording = new Recording("out", System.nanoTime(), 2, true, 10_000);

    @Start
    void start(Stage stage) {
        panel = new OutputPanel();
        panel.recordingProperty().set(recording);
        stage.setScene(new Scene(panel, 600, 300));
        stage.show();
    }

    @Test
    void linesAreTaggedWithTheirPidColouredByProcessAndBounded(FxRobot robot) throws Exception {
        for (int i = 0; i < OutputPanel.MAX_LINES + 500; i++) {
            recording.addOutput(i % 2 == 0 ? 101 : 202, i, false, "line " + i);
        }
        int last = OutputPanel.MAX_LINES + 499;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panel.shownText().endsWith("[202] line " + last + "\n"));
        String[] lines = panel.shownText().split("\n");
        assertTrue(
                lines.length <= OutputPanel.MAX_LINES && lines.length >= OutputPanel.MAX_LINES - 1,
                "older lines are dropped: " + lines.length);
        int first = last - lines.length + 1;
        assertEquals("[" + (first % 2 == 0 ? 101 : 202) + "] line " + first, lines[0]);
        var area = panel.area();
        // pid 101 wrote the first line read, so it has the first colour; its tag is muted, its text coloured
        int of101 = first % 2 == 0 ? 0 : 1;
        assertEquals(java.util.List.of("pid", "process-0"), area.getStyleAtPosition(of101, 1));
        assertEquals(java.util.List.of("stdout", "process-1"), area.getStyleAtPosition(1 - of101, 8));
    }

    @Test
    void itFollowsTheEndUntilTheReaderMovesUpAndAgainAfterEnd(FxRobot robot) {
        for (int i = 0; i < 100; i++) {
            recording.addOutput(101, i, false, "line " + i);
        }
        robot.interact(panel::pull);
        var area = panel.area();
        assertEquals(area.getLength(), area.getCaretPosition(), "new output is followed");

        robot.interact(() -> area.fireEvent(key(KeyCode.PAGE_UP)));
        robot.interact(() -> area.moveTo(0));
        recording.addOutput(101, 100, false, "line 100");
        robot.interact(panel::pull);
        assertEquals(0, area.getCaretPosition(), "the reader who moved up keeps their place");

        robot.interact(() -> area.fireEvent(key(KeyCode.END)));
        recording.addOutput(101, 101, false, "line 101");
        robot.interact(panel::pull);
        assertEquals(area.getLength(), area.getCaretPosition(), "End follows the output again");
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
