package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.recording.Recording;
import processlab.ui.output.OutputPanel;

/** A run's output panel says where lines were dropped before it could show them, and how many; never otherwise. */
@ExtendWith(ApplicationExtension.class)
class RunOutputViewFxTest {

    private OutputPanel view;

    @Start
    void start(Stage stage) {
        view = new OutputPanel();
        stage.setScene(new Scene(view, 600, 300));
        stage.show();
    }

    private static Recording printed(int lines, int kept) {
        Recording recording = new Recording("out", System.nanoTime(), 2, true, kept);
        for (int i = 0; i < lines; i++) {
            recording.addOutput(7, i, false, "line " + i);
        }
        return recording;
    }

    @Test
    void linesDroppedBeforeTheyWereShownAreCountedWhereTheyWere(FxRobot robot) {
        Recording recording = printed(25, 10);
        robot.interact(() -> {
            view.follow(recording);
            view.pull();
        });
        String shown = view.shownText();
        assertTrue(
                shown.startsWith("… 15 lines dropped here (a run keeps its last 10 lines of output, at most 2,000,000 "
                        + "characters)\n"
                        + "[7] line 15\n"),
                shown);

        recording.addOutput(7, 30, false, "line 25");
        robot.interact(view::pull);
        assertTrue(
                view.shownText().endsWith("[7] line 24\n[7] line 25\n"),
                "nothing dropped, nothing said: " + view.shownText());
        assertEquals(1, view.shownText().split("dropped", -1).length - 1);
    }

    @Test
    void linesAlreadyShownAreNotSaidToBeDropped(FxRobot robot) {
        Recording recording = printed(8, 10);
        robot.interact(() -> {
            view.follow(recording);
            view.pull();
        });
        for (int i = 8; i < 30; i++) {
            recording.addOutput(7, i, false, "line " + i);
            robot.interact(view::pull);
        }
        assertTrue(recording.droppedOutputLines() > 0, "the recording kept only its last lines");
        assertFalse(view.shownText().contains("dropped"), view.shownText());
        assertTrue(recording.notices().isEmpty(), recording.notices()::toString);
    }
}
