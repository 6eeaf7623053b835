package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.LessonLoader;
import processlab.settings.StartOptions;
import processlab.ui.ProcessLabApp;
import processlab.ui.lesson.LessonView;

/**
 * The first frame shows the lesson in the window's final layout; the search box, lesson list, theme switch and
 * navigation come right after it without moving anything, and the app adds them by itself.
 */
@ExtendWith(ApplicationExtension.class)
class ShellCompletesAfterFirstFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theControlsArriveWithoutMovingTheLesson(FxRobot robot) {
        ShellViewModel viewModel = new ShellViewModel();
        LessonView lessonView = new LessonView(List.of(), url -> {});
        ShellView shell = new ShellView(viewModel, lessonView);
        robot.interact(() -> {
            // Styled as the app styles its window: the bars' heights come from the theme and processlab.css.
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(shell.root(), 1000, 700);
            scene.getStylesheets()
                    .add(ProcessLabApp.class.getResource("processlab.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shell.completeProperty().get());
        assertTrue(robot.lookup("#lesson-list").tryQuery().isEmpty(), "no list in the first frame");
        Bounds before = boundsOf(lessonView.node());

        robot.interact(shell::complete);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.completeProperty().get());
        assertTrue(robot.lookup("#lesson-list").tryQuery().isPresent());
        assertTrue(robot.lookup("#search").tryQuery().isPresent());
        assertTrue(robot.lookup("#next-lesson").tryQuery().isPresent());
        assertTrue(robot.lookup("#theme-toggle").tryQuery().isPresent());
        assertEquals(before, boundsOf(lessonView.node()), "the lesson page keeps its place and size");
    }

    @Test
    void theAppCompletesTheWindowOnceTheFirstLessonIsPainted(FxRobot robot) throws Exception {
        ProcessLabApp app = new ProcessLabApp(List.of(), LessonLoader::loadFolder);
        robot.interact(() -> startApp(app));
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> app.shell().completeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.viewModel().selected().isPresent());
        javafx.scene.control.ListView<?> list =
                robot.lookup("#lesson-list").queryAs(javafx.scene.control.ListView.class);
        assertTrue(list.isFocused(), "the list has the keyboard, as before");
        assertEquals(
                app.viewModel().selected().get(),
                list.getSelectionModel().getSelectedItem(),
                "the lesson on screen is marked in the list");
        robot.interact(app::stop);
    }

    @Test
    void aSearchStartedBeforeTheListArrivesKeepsTheKeyboard(FxRobot robot) throws Exception {
        ProcessLabApp app = new ProcessLabApp(List.of(), LessonLoader::loadFolder);
        robot.interact(() -> {
            startApp(app);
            // Ctrl+F in the first moments, before the window has completed itself.
            javafx.event.Event.fireEvent(
                    stage.getScene().getRoot(),
                    new javafx.scene.input.KeyEvent(
                            javafx.scene.input.KeyEvent.KEY_PRESSED,
                            "",
                            "",
                            javafx.scene.input.KeyCode.F,
                            false,
                            true,
                            false,
                            false));
        });
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> app.shell().completeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search").query().isFocused(), "the search box keeps the keyboard");
        robot.interact(app::stop);
    }

    private void startApp(ProcessLabApp app) {
        app.start(
                stage,
                new StartOptions(Optional.of(Path.of("src/test/resources/ui-lessons")), Optional.empty(), false));
    }

    private static Bounds boundsOf(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
