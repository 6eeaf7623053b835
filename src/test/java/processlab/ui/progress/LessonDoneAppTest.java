package processlab.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.AppFxTest;
import processlab.ui.ClassroomApp;
import processlab.ui.shell.LessonItem;

/**
 * In the normal window PageDown reads on within the lesson; a lesson is done when its end was on screen and its
 * quiz answered, and the list shows that in words. Over the classroom test lessons: 01 ends with a quiz.
 */
class LessonDoneAppTest extends AppFxTest {

    @TempDir
    Path dir;

    @BeforeEach
    void launch(FxRobot robot) throws Exception {
        robot.interact(() -> app = ClassroomApp.start(stage, dir, false));
        waitUntil(() -> selectedId().equals("01-processes")
                && app.shell().completeProperty().get()
                && app.lessonView().completeProperty().get());
    }

    @Test
    void pageDownScrollsTheLessonAndNeitherLeavesItNorMarksItDone(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#lesson-list").query().isFocused(), "the lesson list has the keys at start-up");
        ScrollPane page = (ScrollPane) app.lessonView().node();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("01-processes", selectedId(), "PageDown stays in the lesson");
        assertTrue(page.getVvalue() > 0, "the page scrolled");
        assertFalse(item("01-processes").doneProperty().get(), "a screen read is not the lesson done");

        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, page.getVvalue(), 1e-9, "PageUp scrolls back");
        robot.type(KeyCode.SPACE);
        assertTrue(page.getVvalue() > 0, "Space scrolls too, as in a browser");

        for (int i = 0; i < 40 && page.getVvalue() < 1; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertEquals(1, page.getVvalue(), 1e-9, "PageDown reaches the end");
        assertEquals("01-processes", selectedId(), "and stays there");

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        waitUntil(() -> selectedId().equals("02-four"));
        assertFalse(item("01-processes").doneProperty().get(), "going on to the next lesson is not finishing it");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> selectedId().equals("01-processes"));
    }

    @Test
    void aLessonIsDoneOnceItsEndWasOnScreenAndItsQuizAnswered(FxRobot robot) throws Exception {
        ScrollPane page = (ScrollPane) app.lessonView().node();
        robot.interact(() -> page.setVvalue(1)); // the scroll bar dragged to the bottom
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(item("01-processes").doneProperty().get(), "the end was read, the quiz is not answered yet");
        assertFalse(doneMark(robot).isVisible());

        RadioButton wrong = robot.lookup(".quiz-choice").queryAllAs(RadioButton.class).stream()
                .filter(r -> r.getText().startsWith("Yes"))
                .findFirst()
                .orElseThrow();
        robot.interact(wrong::fire);
        robot.interact(() -> robot.lookup(".quiz-check").queryAs(Button.class).fire());
        // Done now: so reaching the end was kept, though it showed nothing on its own.
        waitUntil(() -> item("01-processes").doneProperty().get());
        Label mark = doneMark(robot);
        assertTrue(mark.isVisible(), "done shows in the list");
        assertEquals("✓ Done", mark.getText(), "in words, not only a tick");
    }

    private Label doneMark(FxRobot robot) {
        Node row = robot.lookup(".lesson-cell").nth(0).query();
        return (Label) row.lookup(".done-mark");
    }

    private String selectedId() {
        return app.viewModel().selected().map(LessonItem::id).orElse("");
    }

    private LessonItem item(String id) {
        return app.viewModel().findLesson(id).orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
