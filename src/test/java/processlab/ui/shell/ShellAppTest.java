package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.ui.ProcessLabApp;
import processlab.ui.common.KeepsKeys;

/** Walks through the real app, on the real loader, over {@code src/test/resources/ui-lessons}. */
@ExtendWith(ApplicationExtension.class)
class ShellAppTest {

    private ProcessLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppOnStage.start(stage, "--lessons", "src/test/resources/ui-lessons");
    }

    @BeforeEach
    void waitForLessons() throws Exception {
        AppOnStage.awaitLessons(app);
    }

    private static String shownTitle(FxRobot robot) {
        return robot.lookup("#lesson-title").queryAs(Label.class).getText();
    }

    @Test
    void firstLessonShowsWithItsCodeAsPythonAndJavaTabs(FxRobot robot) {
        assertEquals("Processes and threads", shownTitle(robot));
        TabPane tabs = robot.lookup(".code-tabs").queryAs(TabPane.class);
        assertEquals(
                List.of("Python", "Java"),
                tabs.getTabs().stream().map(Tab::getText).toList());
        assertTrue(
                robot.lookup(".code-tabs .code-keyword").queryAllAs(javafx.scene.text.Text.class).stream()
                        .anyMatch(t -> t.getText().equals("import")),
                "the Python tab shows Python");
        robot.clickOn(robot.lookup(".code-tabs .tab").nth(1).queryAs(Node.class));
        assertTrue(
                robot.lookup(".code-tabs .code-keyword").queryAllAs(javafx.scene.text.Text.class).stream()
                        .anyMatch(t -> t.getText().equals("public") && t.isVisible() && t.getScene() != null),
                "the Java tab, once opened, shows Java");
        assertTrue(robot.lookup(".demo-card .card-title")
                .queryAs(Label.class)
                .getText()
                .startsWith(
                        "Live demo: Threads take turns, processes run at once — compares Python threads, Python processes,"
                                + " Java threads; 4 workers, count-primes 200000"));
        assertEquals(
                "Image not found: assets/missing.png (A picture that is not there)",
                robot.lookup(".image-missing").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup(".lesson-image").queryAll().size());
    }

    @Test
    void pickingALessonFromTheListShowsIt(FxRobot robot) {
        Node poolsRow = robot.lookup(".lesson-cell").nth(1).query();
        robot.clickOn(poolsRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pools of workers", shownTitle(robot));
        assertEquals(
                "This code is meant to fail with NameError",
                robot.lookup(".expected-error").queryAs(Label.class).getText());
        assertEquals(
                "Quiz: 2 questions",
                robot.lookup(".quiz-card .card-title").queryAs(Label.class).getText());
        assertEquals(
                "Lesson 2 of 3",
                robot.lookup("#lesson-position").queryAs(Label.class).getText());
    }

    @Test
    void explicitKeysMoveBetweenLessons(FxRobot robot) {
        robot.clickOn(robot.lookup(".lesson-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertEquals("Pools of workers", shownTitle(robot));
        robot.type(KeyCode.RIGHT);
        assertEquals("A broken lesson", shownTitle(robot));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertEquals("Pools of workers", shownTitle(robot));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals("Processes and threads", shownTitle(robot));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertEquals("Pools of workers", shownTitle(robot));
        robot.type(KeyCode.LEFT);
        assertEquals("Processes and threads", shownTitle(robot));
        robot.type(KeyCode.PAGE_DOWN); // scrolls the page (LessonDoneAppTest), it does not change the lesson
        assertEquals("Processes and threads", shownTitle(robot));
        robot.type(KeyCode.DOWN); // the list's own key: moves the selection, and the page follows
        assertEquals("Pools of workers", shownTitle(robot));
        robot.clickOn("#next-lesson");
        assertEquals("A broken lesson", shownTitle(robot));
    }

    @Test
    void searchFiltersTheListWithoutStealingArrowKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#search").query().isFocused(), "Ctrl+F focuses the search box");
        robot.write("pool");
        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        robot.type(KeyCode.LEFT); // moves the caret in the search box, not to another lesson
        assertEquals("Processes and threads", shownTitle(robot));
        robot.type(KeyCode.ENTER); // on to the filtered list, selecting what it shows
        assertEquals("Pools of workers", shownTitle(robot));
        robot.clickOn("#search").type(KeyCode.ESCAPE);
        assertEquals(3, list.getItems().size());
    }

    @Test
    void partsMarkedToKeepKeysAreNotOverruled(FxRobot robot) {
        javafx.scene.control.Button editor = new javafx.scene.control.Button("pretend code editor");
        editor.setId("pretend-editor");
        KeepsKeys.mark(editor);
        robot.interact(() -> ((javafx.scene.layout.VBox)
                        robot.lookup("#lesson-content").query())
                .getChildren()
                .add(0, editor));
        robot.clickOn("#pretend-editor");
        assertTrue(editor.isFocused());
        robot.type(KeyCode.PAGE_DOWN, KeyCode.RIGHT);
        assertEquals("Processes and threads", shownTitle(robot));
    }

    @Test
    void brokenLessonShowsItsErrorsWithFileAndLine(FxRobot robot) {
        robot.clickOn(robot.lookup(".lesson-cell").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A broken lesson", shownTitle(robot));
        String error = robot.lookup("#lesson-errors .lesson-error")
                .queryAs(Label.class)
                .getText();
        assertTrue(error.matches(".*03-broken\\.md:8: unknown run kind 'python-fibers'.*"), error);
        // The other lessons still work after visiting the broken one.
        robot.clickOn("#previous-lesson");
        assertEquals("Pools of workers", shownTitle(robot));
    }
}
