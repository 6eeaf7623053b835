package processlab.ui.demo;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import processlab.lesson.Block;
import processlab.lesson.DemoBlock;
import processlab.lesson.Lesson;
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
    private PredictionStore predictions;

    /** Demos that run for real through the run engine. */
    public DemoPartFactory() {
        this(new EngineDemoRunner(), Platform::runLater);
    }

    public DemoPartFactory(DemoRunner runner, Executor ui) {
        this(runner, ui, null);
    }

    public DemoPartFactory(DemoRunner runner, Executor ui, PredictionStore predictions) {
        this.runner = runner;
        this.ui = ui;
        this.predictions = predictions;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (block instanceof DemoBlock demo) {
            DemoViewModel model = new DemoViewModel(
                    demo.spec(), runner, ui, DemoThreads.pool("processlab-demo-"), memoryFor(lesson, demo));
            return Optional.of(new DemoPart(new DemoPanel(model)));
        }
        return Optional.empty();
    }

    /** From now on, demos keep the class's predictions in {@code store} (the app calls it once progress is open). */
    public void keepPredictionsIn(PredictionStore store) {
        predictions = store;
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
