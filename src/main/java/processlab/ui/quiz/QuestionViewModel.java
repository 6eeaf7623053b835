package processlab.ui.quiz;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import processlab.lesson.QuizQuestion;
import processlab.progress.ProgressStore;
import processlab.progress.QuizAnswer;
import processlab.progress.QuizKey;

/** One question's state: the choice made, whether it was checked and how it went. Changed only by commands. */
public final class QuestionViewModel {

    /** Where the student is with this question. */
    public enum State {
        UNANSWERED,
        RIGHT,
        WRONG
    }

    private final QuizQuestion question;
    private final QuizKey key;
    private final ProgressStore progress;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.UNANSWERED);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCheck;

    QuestionViewModel(QuizQuestion question, QuizKey key, ProgressStore progress) {
        this.question = question;
        this.key = key;
        this.progress = progress;
        this.canCheck = Bindings.createBooleanBinding(
                () -> selected.get() >= 0 && state.get() == State.UNANSWERED, selected, state);
        progress.quizAnswer(key)
                .filter(a -> a.chosen() < question.choices().size())
                .ifPresent(this::show);
    }

    public String text() {
        return question.question();
    }

    public List<String> choices() {
        return question.choices();
    }

    public QuizKey key() {
        return key;
    }

    /** The chosen index, -1 before a choice. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Empty until checked; then right or wrong, with the explanation. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    /** Picks a choice; ignored once the answer is checked (Retry first). */
    public void choose(int index) {
        if (state.get() == State.UNANSWERED
                && index >= 0
                && index < question.choices().size()) {
            selected.set(index);
        }
    }

    public void check() {
        if (!canCheck.get()) {
            return;
        }
        QuizAnswer answer = new QuizAnswer(selected.get(), selected.get() == question.answer());
        progress.recordQuizAnswer(key, answer);
        show(answer);
    }

    /** Clears the answer so the student can choose again; the saved answer stays until the next check. */
    public void retry() {
        state.set(State.UNANSWERED);
        selected.set(-1);
        feedback.set("");
    }

    private void show(QuizAnswer answer) {
        selected.set(answer.chosen());
        state.set(answer.correct() ? State.RIGHT : State.WRONG);
        feedback.set(
                answer.correct()
                        ? "Right. " + question.explain()
                        : "Not quite: \u201c" + question.choices().get(answer.chosen()) + "\u201d is not it. "
                                + question.explain());
    }
}
