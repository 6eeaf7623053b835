package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Python's indenting keys, typed into a try-it editor as a student would. */
class EditorKeysTest extends TryItFxTest {

    static final String CODE = "def f(n):\n    return n\n";

    @Override
    String code() {
        return CODE;
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
