package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** A lesson folder that does not exist: the window still works and says what is wrong, and where. */
@ExtendWith(ApplicationExtension.class)
class ShellWithoutLessonsTest {

    private ProcessLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = new ProcessLabApp(List.of(), LessonLoader::loadFolder);
        app.start(stage, StartOptions.parse(List.of("--lessons", "no/such/folder")));
    }

    @Test
    void missingFolderIsNamedOnThePage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> !app.viewModel().loadingProperty().get()
                        && app.shell().completeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#lesson-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("lesson folder not found: ") && message.contains("no/such/folder"), message);
        assertEquals(message, robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#next-lesson").query().isDisabled());
    }
}
