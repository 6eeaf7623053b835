package processlab.ui.quiz;

import java.util.Optional;
import processlab.lesson.Block;
import processlab.lesson.Lesson;
import processlab.lesson.QuizBlock;
import processlab.progress.ProgressStore;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonPartFactory;

/** Makes interactive quizzes of {@code ```quiz} blocks; answers go to the given progress store. */
public final class QuizPartFactory implements LessonPartFactory {

    private final ProgressStore progress;

    public QuizPartFactory(ProgressStore progress) {
        this.progress = progress;
    }

    @Override
    public Optional<LessonPart> create(Block block, Lesson lesson) {
        if (!(block instanceof QuizBlock quiz) || quiz.questions().isEmpty()) {
            return Optional.empty();
        }
        QuizView view = new QuizView(new QuizViewModel(quiz, lesson.id(), progress));
        return Optional.of(LessonPart.still(view));
    }
}
