package processlab.ui;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the whole app on TestFX's stage: a test starts {@link #app} on {@link #stage}; after it the app is
 * stopped and any other window it opened is closed, and the stage takes the keys back, so the next test starts with
 * one window.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AppFxTest {

    protected Stage stage;
    protected ProcessLabApp app;

    /** Not in {@code @Start}: TestFX looks for that in the test class only, not in the classes it extends. */
    @BeforeEach
    void takeTheStage() {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        if (app != null) {
            robot.interact(app::stop);
        }
        robot.interact(() -> {
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            stage.requestFocus();
        });
    }
}
