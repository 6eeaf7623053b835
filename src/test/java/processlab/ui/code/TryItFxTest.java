package processlab.ui.code;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test class whose every test gets a fresh try-it block of {@link #code()} on the stage ({@link TryItOnStage}),
 * closed after it; progress is kept in one folder for the class. The block is shown before each test rather than
 * in {@code @Start}, which TestFX looks for in the test class only, not in the classes it extends.
 */
@ExtendWith(ApplicationExtension.class)
abstract class TryItFxTest {

    @TempDir
    static Path dir;

    TryItOnStage tryIt;
    TryItView view;

    /** The block's code as the lesson gives it. */
    abstract String code();

    @BeforeEach
    void showTryIt(FxRobot robot) {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> tryIt = TryItOnStage.show(stage, dir, code()));
        view = tryIt.view();
    }

    @AfterEach
    void tearDown() {
        tryIt.close();
    }
}
