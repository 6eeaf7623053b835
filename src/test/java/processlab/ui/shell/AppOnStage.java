package processlab.ui.shell;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.LessonLoader;
import processlab.settings.StartOptions;
import processlab.ui.ProcessLabApp;

/** The real app on the test's stage, on the real lesson loader, started with the options a user would type. */
final class AppOnStage {

    private AppOnStage() {}

    static ProcessLabApp start(Stage stage, String... options) throws Exception {
        ProcessLabApp app = new ProcessLabApp(List.of(), LessonLoader::loadFolder);
        app.start(stage, StartOptions.parse(List.of(options)));
        return app;
    }

    /** Waits until the lessons are loaded and the shell is complete: list, search and navigation on screen. */
    static void awaitLessons(ProcessLabApp app) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> !app.viewModel().loadingProperty().get()
                        && app.shell().completeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
