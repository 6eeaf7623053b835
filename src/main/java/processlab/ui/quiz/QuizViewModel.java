package processlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import processlab.lesson.QuizBlock;
import processlab.progress.ProgressStore;
import processlab.progress.QuizKey;

/** A quiz block's questions and a running score. Answers are saved to progress when checked. */
public final class QuizViewModel {

    private final List<QuestionViewModel> questions = new ArrayList<>();
    private final IntegerBinding rightCount;

    public QuizViewModel(QuizBlock block, String lessonId, ProgressStore progress) {
        for (int i = 0; i < block.questions().size(); i++) {
            questions.add(
                    new QuestionViewModel(block.questions().get(i), new QuizKey(lessonId, block.line(), i), progress));
        }
        rightCount = Bindings.createIntegerBinding(
                () -> (int) questions.stream()
                        .filter(q -> q.stateProperty().get() == QuestionViewModel.State.RIGHT)
                        .count(),
                questions.stream().map(QuestionViewModel::stateProperty).toArray(javafx.beans.Observable[]::new));
    }

    public List<QuestionViewModel> questions() {
        return List.copyOf(questions);
    }

    /** How many questions are answered right at the moment. */
    public IntegerBinding rightCountProperty() {
        return rightCount;
    }
}
