package processlab.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import processlab.recording.OutputLine;
import processlab.recording.Recording;

@ExtendWith(ApplicationExtension.class)
class OutputPanelFxTest {

    private OutputPanel panel;
    private final Recording recording = new Recording("out", System.nanoTime(), 2, true, 10_000);

    @Start
    void start(Stage stage) {
        panel = new OutputPanel();
        panel.setRecording(recording);
        stage.setScene(new Scene(panel, 600, 300));
        stage.show();
    }

    @Test
    void linesAreTaggedWithTheirPidAndBounded(FxRobot robot) throws Exception {
        for (int i = 0; i < OutputPanel.MAX_LINES + 500; i++) {
            recording.addOutput(i % 2 == 0 ? 101 : 202, i, false, "line " + i);
        }
        int last = OutputPanel.MAX_LINES + 499;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            List<OutputLine> lines = panel.lines();
            return !lines.isEmpty() && lines.get(lines.size() - 1).text().equals("line " + last);
        });
        List<OutputLine> lines = panel.lines();
        assertEquals(OutputPanel.MAX_LINES, lines.size(), "older lines are dropped");
        assertEquals("line 500", lines.get(0).text());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(n -> n instanceof Text t && t.getText().equals("[pid 202] ")).tryQuery().isPresent(),
                "the newest lines show, tagged with their pid");
    }
}
