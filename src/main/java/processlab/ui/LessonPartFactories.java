package processlab.ui;

import java.util.List;
import processlab.ui.demo.DemoPartFactory;
import processlab.ui.lesson.LessonPartFactory;

/**
 * The lesson parts the app knows, asked in order for each block. Each feature adds ONE line here
 * (e.g. {@code new DemoPartFactory(runtime),}); a block no factory takes shows as a labelled card.
 */
public final class LessonPartFactories {

    private LessonPartFactories() {}

    public static List<LessonPartFactory> standard() {
        return List.of(new DemoPartFactory());
    }
}
