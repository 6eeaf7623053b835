package processlab.ui.demo;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import processlab.lesson.Block;
import processlab.lesson.DemoBlock;
import processlab.lesson.Lesson;
import processlab.run.RunEnvironment;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonPartFactory;

/** Makes a {@link DemoPart} for every {@code demo} block; declines other blocks. */
public final class DemoPartFactory implements LessonPartFactory {

    /** Keeps a prediction under its lesson, demo and run ({@code lessonId/demo title/run kind}); null: nowhere. */
    public interface PredictionStore {
        Optional<String> load(String key);

        void save(String key, String prediction);
    }

    private final DemoRunner runner;
    private final Executor ui;
    private final PredictionStore predictions;
    private final DemoWindow window;

    /** Demos of the app's window that run for real through the run engine, with {@code runs}. */
    public static DemoPartFactory real(RunEnvironment runs, PredictionStore predictions, DemoWindow window) {
        return new DemoPartFactory(new EngineDemoRunner(runs), Platform::runLater, predictions, window);
    }

    /** Demos outside the app's window, keeping no predictions (tests). */
    public DemoPartFactory(DemoRunner runner, Executor ui) {
        this(runner, ui, null, DemoWindow.alone());
    }

    /**
     * @param predictions where the class's predictions are kept; null: nowhere
     * @param window      what the window's demos share
     */
    public DemoPartFactory(DemoRunner runner, Executor ui, PredictionStore predictions, DemoWindow window) {
        this.runner = runner;
        this.ui = ui;
        this.predictions = predictions;
        this.window = window;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (block instanceof DemoBlock demo) {
            DemoViewModel model = new DemoViewModel(
                    demo.spec(), runner, ui, DemoThreads.pool("processlab-demo-"), memoryFor(lesson, demo));
            return Optional.of(new DemoPart(new DemoPanel(model, window)));
        }
        return Optional.empty();
    }

    private PredictionMemory memoryFor(Lesson lesson, DemoBlock demo) {
        if (predictions == null || lesson == null) {
            return PredictionMemory.NONE;
        }
        String prefix = lesson.id() + "/" + demo.spec().title() + "/";
        return new PredictionMemory() {
            @Override
            public Optional<String> load(processlab.run.spec.RunKind kind) {
                return predictions.load(prefix + kind.id());
            }

            @Override
            public void save(processlab.run.spec.RunKind kind, String prediction) {
                predictions.save(prefix + kind.id(), prediction);
            }
        };
    }
}
