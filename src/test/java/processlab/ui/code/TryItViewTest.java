package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Edits and runs real code (python3 through the run engine) in a try-it editor. */
class TryItViewTest extends TryItFxTest {

    static final String CODE = "print(\"hello from\", 6 * 7)\n";

    @Override
    String code() {
        return CODE;
    }

    @Test
    void editRunAndSeeTheOutputTaggedWithThePid(FxRobot robot) throws Exception {
        assertFalse(view.editor().isLive(), "a light preview until first used");
        robot.clickOn(view.editor());
        assertTrue(view.editor().isLive());
        waitUntil(() -> view.editor().area().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("import os\nprint('edited', os.getpid())\n");
        robot.clickOn(".tryit-run");
        waitUntil(() -> view.output().shownText().contains("edited"));
        waitUntil(() -> statusText(robot).startsWith("Finished"));
        String shown = view.output().shownText();
        assertTrue(shown.matches("(?s)\\[(\\d+)\\] edited \\1\\n.*"), shown);
        assertTrue(statusText(robot).contains("exit code 0"), statusText(robot));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.clickOn(".tryit-reset");
        assertEquals(CODE, view.editor().text());
    }

    @Test
    void anExceptionMarksItsLineAndStderrIsRed(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().setText("x = 1\nprint(x)\nprint(undefined_name)\n"));
        robot.clickOn(".tryit-run");
        waitUntil(() -> statusText(robot).startsWith("Error"));
        assertEquals("Error on line 3: NameError: name 'undefined_name' is not defined", statusText(robot));
        assertEquals(3, view.editor().errorLine());
        String shown = view.output().shownText();
        int at = shown.indexOf("NameError");
        assertTrue(view.output().area().getStyleAtPosition(at + 1).contains("stderr"));
    }

    @Test
    void aSyntaxErrorMarksItsLine(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().setText("print('ok')\n\nprint('never closed'\n"));
        robot.clickOn(".tryit-run");
        waitUntil(() -> statusText(robot).startsWith("Error"));
        assertTrue(statusText(robot).startsWith("Error on line 3: SyntaxError"), statusText(robot));
        assertEquals(3, view.editor().errorLine());
    }

    @Test
    void stopEndsALongRun(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor()
                .setText("import time\nprint('going', flush=True)\nwhile True:\n" + "    time.sleep(0.05)\n"));
        robot.clickOn(".tryit-run");
        waitUntil(() -> view.output().shownText().contains("going"));
        robot.clickOn(".tryit-stop");
        waitUntil(() -> statusText(robot).startsWith("Stopped"));
        assertTrue(robot.lookup(".tryit-run").queryButton().isDisabled() == false);
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".tryit-status").queryAs(Label.class).getText();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
