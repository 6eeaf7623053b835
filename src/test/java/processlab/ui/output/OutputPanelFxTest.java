package processlab.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import processlab.run.Recording;

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
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> panel.shownText().endsWith("[202] line " + last + "\n"));
        String[] lines = panel.shownText().split("\n");
        assertEquals(OutputPanel.MAX_LINES - 1, lines.length, "older lines are dropped (the last paragraph is empty)");
        int first = last - lines.length + 1;
        assertEquals("[" + (first % 2 == 0 ? 101 : 202) + "] line " + first, lines[0]);
        var area = panel.area();
        // pid 101 wrote the first line read, so it has the first colour; its tag is muted, its text coloured
        int of101 = first % 2 == 0 ? 0 : 1;
        assertEquals(java.util.List.of("pid", "process-0"), area.getStyleAtPosition(of101, 1));
        assertEquals(java.util.List.of("stdout", "process-1"), area.getStyleAtPosition(1 - of101, 8));
    }
}
