package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Reset brings back the lesson's code and forgets the run of the code it replaces: output, error, status. */
class TryItResetTest extends TryItFxTest {

    /** Meant to fail, as some lesson blocks are: Reset then gives back the same text. */
    static final String FAILING = "print('before the error')\nprint(undefined_name)\n";

    @Override
    String code() {
        return FAILING;
    }

    @Test
    void resetClearsTheLastRunsOutputAndError(FxRobot robot) throws Exception {
        robot.clickOn(".tryit-run");
        waitUntil(() -> status(robot).startsWith("Error on line 2"));
        assertTrue(view.output().isVisible());
        assertEquals(2, view.editor().errorLine());

        robot.clickOn(".tryit-reset");
        assertEquals(FAILING, view.editor().text());
        assertEquals("", status(robot), "no status of a run of other code");
        assertFalse(robot.lookup(".tryit-status").query().getStyleClass().contains("error"));
        assertFalse(view.output().isVisible(), "no output until the next run");
        assertEquals("", view.output().shownText());
        assertEquals(0, view.editor().errorLine(), "the error mark went with the error");
    }

    @Test
    void resetWaitsForTheRunToEnd(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().setText("import time\nprint('going', flush=True)\ntime.sleep(30)\n"));
        robot.clickOn(".tryit-run");
        waitUntil(() -> view.output().shownText().contains("going"));
        assertTrue(robot.lookup(".tryit-reset").queryButton().isDisabled(), "the output is of the code running");
        robot.clickOn(".tryit-stop");
        waitUntil(() -> status(robot).startsWith("Stopped"));
        robot.clickOn(".tryit-reset");
        assertEquals(FAILING, view.editor().text());
        assertFalse(view.output().isVisible());
        assertEquals("", status(robot));
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".tryit-status").queryAs(Label.class).getText();
    }
}
