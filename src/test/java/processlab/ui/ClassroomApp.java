package processlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import processlab.lesson.LessonLoader;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.settings.Settings;
import processlab.settings.StartOptions;
import processlab.tryit.EngineCodeRunner;

/**
 * The real app with the classroom, its progress and settings kept in a test folder, over the classroom test lessons.
 */
public final class ClassroomApp {

    public static final Path LESSONS = Path.of("src/test/resources/classroom-lessons");

    private ClassroomApp() {}

    /** Builds and shows the app on the stage; call on the FX thread. */
    public static ProcessLabApp start(Stage stage, Path configFolder, boolean presentation) {
        ProcessLabApp app = new ProcessLabApp(
                List.of(),
                LessonLoader::loadFolder,
                () -> new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(configFolder)),
                () -> Settings.open(configFolder));
        app.start(stage, new StartOptions(Optional.of(LESSONS), Optional.empty(), presentation));
        return app;
    }
}
