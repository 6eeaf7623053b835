package processlab.ui.code;

import java.util.Optional;

import processlab.lesson.Block;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.Lesson;
import processlab.ui.Classroom;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonPartFactory;
import processlab.ui.lesson.MarkdownRenderer;
import processlab.ui.lesson.RunnablePart;

/** Makes exercise cards of {@code ```exercise} blocks; a pass is saved to progress. */
public final class ExercisePartFactory implements LessonPartFactory {

    private final Classroom classroom;

    public ExercisePartFactory(Classroom classroom) {
        this.classroom = classroom;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (!(block instanceof ExerciseBlock exercise)) {
            return Optional.empty();
        }
        ExerciseViewModel model = new ExerciseViewModel(exercise, lesson.id(), classroom.progress(),
                classroom.newRunViewModel());
        // Prompt links are rare; they open nothing rather than leave the exercise.
        var prompt = new MarkdownRenderer(lesson.file(), url -> { }).render(exercise.prompt());
        ExerciseView view = new ExerciseView(model, prompt);
        return Optional.of(RunnablePart.of(view, view::check, model::stop,
                () -> model.runs().runningProperty().get()));
    }
}
