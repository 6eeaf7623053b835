package processlab.ui.code;

import java.util.Optional;
import java.util.function.Supplier;
import processlab.lesson.Block;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.Lesson;
import processlab.progress.ProgressStore;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonPartFactory;
import processlab.ui.lesson.MarkdownRenderer;
import processlab.ui.lesson.RunnablePart;

/** Makes exercise cards of {@code ```exercise} blocks; a pass is saved to progress. */
public final class ExercisePartFactory implements LessonPartFactory {

    private final ProgressStore progress;
    private final Supplier<CodeRunViewModel> runs;

    /**
     * @param progress where a pass is saved
     * @param runs     makes the view-model that runs one exercise's code (the classroom's runner and threads)
     */
    public ExercisePartFactory(ProgressStore progress, Supplier<CodeRunViewModel> runs) {
        this.progress = progress;
        this.runs = runs;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (!(block instanceof ExerciseBlock exercise)) {
            return Optional.empty();
        }
        ExerciseViewModel model = new ExerciseViewModel(exercise, lesson.id(), progress, runs.get());
        // Prompt links are rare; they open nothing rather than leave the exercise.
        var prompt = new MarkdownRenderer(lesson.file(), url -> {}).render(exercise.prompt());
        ExerciseView view = new ExerciseView(model, prompt);
        return Optional.of(RunnablePart.of(
                view,
                view::check,
                model::stop,
                () -> model.runs().runningProperty().get()));
    }
}
