package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Python's indenting keys, typed into a try-it editor as a student would. */
@ExtendWith(ApplicationExtension.class)
class EditorKeysTest {

    static final String CODE = "def f(n):\n    return n\n";

    @TempDir
    static Path dir;

    private TryItOnStage tryIt;
    private TryItView view;

    @Start
    void start(Stage stage) {
        tryIt = TryItOnStage.show(stage, dir, CODE);
        view = tryIt.view();
    }

    @AfterEach
    void tearDown() {
        tryIt.close();
    }

    @Test
    void enterIndentsAfterAColonTabAndShiftTabIndentAndDedent(FxRobot robot) throws Exception {
        robot.clickOn(view.editor());
        waitUntil(() -> view.editor().area().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.type(KeyCode.END);

        robot.type(KeyCode.ENTER);
        robot.write("x = 1");
        assertEquals("def f(n):\n    x = 1\n    return n\n", text(), "after ':' one level in");

        robot.type(KeyCode.ENTER);
        robot.write("if x:");
        robot.type(KeyCode.ENTER);
        robot.write("y");
        assertEquals("def f(n):\n    x = 1\n    if x:\n        y\n    return n\n", text(), "kept, then one more");

        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertEquals("def f(n):\n    x = 1\n    if x:\n    y\n    return n\n", text(), "Shift+Tab: a level out");
        assertTrue(view.editor().area().isFocused(), "Shift+Tab dedents; it does not leave the editor");

        robot.type(KeyCode.TAB);
        assertEquals(
                "def f(n):\n    x = 1\n    if x:\n    y   \n    return n\n",
                text(),
                "Tab after 'y' at column 5: spaces to column 8, no tab character");

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.BACK_SPACE);
        robot.write("z");
        assertEquals(
                "def f(n):\n    x = 1\n    if x:\n    y   \n    z\n    return n\n",
                text(),
                "Backspace in the indentation goes back a whole level");
    }

    @Test
    void tabAndShiftTabMoveEverySelectedLine(FxRobot robot) throws Exception {
        robot.clickOn(view.editor());
        waitUntil(() -> view.editor().area().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.TAB);
        assertEquals("    def f(n):\n        return n\n", text());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertEquals("def f(n):\nreturn n\n", text(), "dedented twice; the first line had nothing more to give");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(CODE, text(), "each key is one undo step");
    }

    private String text() {
        return view.editor().text();
    }
}
