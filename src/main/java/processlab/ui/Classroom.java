package processlab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import processlab.progress.ProgressStore;
import processlab.run.RunEnvironment;
import processlab.tryit.CodeRunner;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.demo.DemoPartFactory;
import processlab.ui.lesson.LessonView;
import processlab.ui.presentation.PresentationMode;
import processlab.ui.progress.ProgressTracker;
import processlab.ui.shell.ShellViewModel;
import processlab.util.DaemonThreads;

/**
 * What the classroom parts share: the code runner, the student's progress, and one small pool of named daemon
 * threads that start runs off the FX thread. The app makes one (see {@link LessonParts}, which makes the
 * classroom's lesson parts from it) and closes it on exit.
 */
public final class Classroom implements AutoCloseable {

    private final CodeRunner runner;
    private final ProgressStore progress;
    private final ExecutorService background;
    private PresentationMode presentation;

    public Classroom(CodeRunner runner, ProgressStore progress) {
        this.runner = runner;
        this.progress = progress;
        this.background = Executors.newCachedThreadPool(DaemonThreads.numbered("classroom-run-start-"));
    }

    public CodeRunner runner() {
        return runner;
    }

    /** Where the demos keep the class's predictions: with the progress. */
    public DemoPartFactory.PredictionStore predictions() {
        return new DemoPartFactory.PredictionStore() {
            @Override
            public java.util.Optional<String> load(String key) {
                return progress.demoPrediction(key);
            }

            @Override
            public void save(String key, String prediction) {
                progress.recordDemoPrediction(key, prediction);
            }
        };
    }

    public ProgressStore progress() {
        return progress;
    }

    /** Where slow starts (writing the script, launching the process) happen. */
    public ExecutorService background() {
        return background;
    }

    /** The real thing: the run engine with {@code runs}, and progress in the user's configuration folder. */
    public static Classroom openDefault(RunEnvironment runs) {
        return new Classroom(new EngineCodeRunner(runs), ProgressStore.openDefault());
    }

    /**
     * Joins the classroom to the app's window before it shows: done-marks, remembering the lesson open, and
     * presentation mode with its keys (the app enters it right after showing the window when started with
     * {@code --presentation}, before the first frame).
     */
    public PresentationMode attach(Stage stage, ShellViewModel shell, LessonView lessonView) {
        new ProgressTracker(progress, shell, lessonView);
        presentation = PresentationMode.install(stage, shell, lessonView);
        return presentation;
    }

    /** Once the window is on screen: the message about a damaged progress file, if there is one. */
    public void showLoadMessage(Stage stage) {
        ProgressTracker.showLoadMessage(progress, stage);
    }

    /** Makes the view-model that runs code for one part; results come back on the FX thread. */
    public processlab.ui.code.CodeRunViewModel newRunViewModel() {
        return new processlab.ui.code.CodeRunViewModel(runner, background, Platform::runLater);
    }

    @Override
    public void close() {
        if (presentation != null) {
            presentation.uninstall();
        }
        background.shutdownNow();
        progress.close();
    }
}
