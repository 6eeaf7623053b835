package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonView;

/** Try-it editors in the Python and Java tabs of a lesson: the tab pane grows when their output appears. */
@ExtendWith(ApplicationExtension.class)
class CodeTabsGrowTest {

    @TempDir
    static Path dir;

    private Classroom classroom;
    private LessonView lessonView;

    @Start
    void start(Stage stage) {
        classroom = new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir));
        CodeBlock python = new CodeBlock(
                5, "python run", "for i in range(8):\n    print('line', i)\n", "python", true, Optional.empty());
        CodeBlock java = new CodeBlock(9, "java", JavaTryItTest.PROGRAM, "java", false, Optional.empty());
        Lesson lesson = new Lesson("01-x", dir.resolve("01-x.md"), "X", "", "", List.of(python, java), List.of());
        lessonView = new LessonView(List.of(new TryItPartFactory(classroom::newRunViewModel)), url -> {});
        lessonView.show(lesson);
        lessonView.finishBuilding();
        stage.setScene(new Scene((Parent) lessonView.node(), 900, 700));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(lessonView::stopParts);
        classroom.close();
    }

    @Test
    void thePythonTabGrowsWithItsOutput(FxRobot robot) throws Exception {
        TabPane tabs = tabs(robot);
        growsWithOutput(tabs, (TryItView) tabs.getTabs().get(0).getContent(), "line 7");
    }

    @Test
    void theJavaTabGrowsWithItsOutput(FxRobot robot) throws Exception {
        TabPane tabs = tabs(robot);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        growsWithOutput(tabs, (TryItView) tabs.getTabs().get(1).getContent(), "hello from Java");
    }

    private static TabPane tabs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".code-tabs").queryAs(TabPane.class);
    }

    private static void growsWithOutput(TabPane tabs, TryItView view, String expected) throws Exception {
        double before = tabs.getHeight();
        assertTrue(before > 0, "the tabs are laid out");
        WaitForAsyncUtils.asyncFx(view::run).get();
        waitFor(
                "the output shown",
                () -> view.output().isVisible() && view.output().shownText().contains(expected));
        // The whole card fits: the tabs grew by (most of) the output's height, and the view is not clipped.
        waitFor(
                "the tabs grown with the output (was " + before + ")",
                () -> onFx(() -> view.output().getHeight() > 0
                        && tabs.getHeight() >= before + view.output().getHeight() * 0.9
                        && view.getHeight() >= view.prefHeight(view.getWidth()) - 1));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
