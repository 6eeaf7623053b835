package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.ui.ProcessLabApp;

/** A lesson folder that does not exist: the window still works and says what is wrong, and where. */
@ExtendWith(ApplicationExtension.class)
class ShellWithoutLessonsTest {

    private ProcessLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppOnStage.start(stage, "--lessons", "no/such/folder");
    }

    @Test
    void missingFolderIsNamedOnThePage(FxRobot robot) throws Exception {
        AppOnStage.awaitLessons(app);
        String message = robot.lookup("#lesson-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("lesson folder not found: ") && message.contains("no/such/folder"), message);
        assertEquals(message, robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#next-lesson").query().isDisabled());
    }
}
