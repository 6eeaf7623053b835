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

    private final DemoRunner runner;
    private final Executor ui;

    /** Demos that run for real through the run engine. */
    public DemoPartFactory() {
        this(new EngineDemoRunner(), Platform::runLater);
    }

    public DemoPartFactory(DemoRunner runner, Executor ui) {
        this.runner = runner;
        this.ui = ui;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (block instanceof DemoBlock demo) {
            return Optional.of(new DemoPart(new DemoPanel(new DemoViewModel(demo.spec(), runner, ui))));
        }
        return Optional.empty();
    }
}
