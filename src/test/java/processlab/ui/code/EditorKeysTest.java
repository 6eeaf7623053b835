package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.code.TryItViewTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;

/** Python's indenting keys, typed into a try-it editor as a student would. */
@ExtendWith(ApplicationExtension.class)
class EditorKeysTest {

    static final String CODE = "def f(n):\n    return n\n";

    @TempDir
    static Path dir;

    private Classroom classroom;
    private LessonPart part;
    private TryItView view;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(), ProgressStore.open(dir));
        CodeBlock block = new CodeBlock(5, "python run", CODE, "python", true, Optional.empty());
        Lesson lesson = new Lesson("01-x", dir.resolve("01-x.md"), "X", "", "", List.of(block), List.of());
        part = new TryItPartFactory(classroom).create(block, lesson).orElseThrow();
        view = (TryItView) part.node();
        stage.setScene(new Scene(new ScrollPane(new VBox(view)), 800, 600));
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void tearDown() {
        part.stop();
        classroom.close();
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
        assertEquals("def f(n):\n    x = 1\n    if x:\n    y   \n    return n\n", text(),
                "Tab after 'y' at column 5: spaces to column 8, no tab character");

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.BACK_SPACE);
        robot.write("z");
        assertEquals("def f(n):\n    x = 1\n    if x:\n    y   \n    z\n    return n\n", text(),
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
