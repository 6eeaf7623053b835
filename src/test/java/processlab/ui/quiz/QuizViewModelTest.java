package processlab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.lesson.QuizBlock;
import processlab.lesson.QuizQuestion;
import processlab.progress.ProgressStore;
import processlab.progress.QuizAnswer;
import processlab.progress.QuizKey;
import processlab.ui.quiz.QuestionViewModel.State;

class QuizViewModelTest {

    static final QuizBlock QUIZ = new QuizBlock(
            30,
            "quiz",
            "",
            List.of(
                    new QuizQuestion(
                            31,
                            "How many GILs does a process have?",
                            List.of("none", "one", "one per thread"),
                            1,
                            "One per interpreter, so one per process."),
                    new QuizQuestion(
                            34,
                            "Does fork copy memory?",
                            List.of("yes, lazily", "no"),
                            0,
                            "Copy-on-write: pages are copied when written.")));

    @TempDir
    Path dir;

    @Test
    void wrongThenRetryThenRight() {
        try (ProgressStore progress = ProgressStore.open(dir)) {
            QuizViewModel quiz = new QuizViewModel(QUIZ, "03-gil", progress);
            QuestionViewModel first = quiz.questions().get(0);
            assertFalse(first.canCheckProperty().get());
            first.choose(2);
            assertTrue(first.canCheckProperty().get());
            first.check();
            assertEquals(State.WRONG, first.stateProperty().get());
            assertTrue(first.feedbackProperty().get().startsWith("Not quite: \u201cone per thread\u201d is not it."));
            assertTrue(first.feedbackProperty().get().endsWith("One per interpreter, so one per process."));
            assertEquals(Optional.of(new QuizAnswer(2, false)), progress.quizAnswer(new QuizKey("03-gil", 30, 0)));
            first.choose(1);
            assertEquals(2, first.selectedProperty().get(), "a checked answer is fixed until Retry");
            first.retry();
            assertEquals(-1, first.selectedProperty().get());
            assertEquals("", first.feedbackProperty().get());
            first.choose(1);
            first.check();
            assertEquals(State.RIGHT, first.stateProperty().get());
            assertEquals(1, quiz.rightCountProperty().get());
            assertEquals(Optional.of(new QuizAnswer(1, true)), progress.quizAnswer(new QuizKey("03-gil", 30, 0)));
        }
    }

    @Test
    void savedAnswersAreShownAgain() {
        try (ProgressStore progress = ProgressStore.open(dir)) {
            progress.recordQuizAnswer(new QuizKey("03-gil", 30, 1), new QuizAnswer(0, true));
            progress.recordQuizAnswer(new QuizKey("03-gil", 30, 0), new QuizAnswer(9, false));
            QuizViewModel quiz = new QuizViewModel(QUIZ, "03-gil", progress);
            assertEquals(State.RIGHT, quiz.questions().get(1).stateProperty().get());
            assertEquals(0, quiz.questions().get(1).selectedProperty().get());
            assertEquals(
                    State.UNANSWERED,
                    quiz.questions().get(0).stateProperty().get(),
                    "an answer out of range (the quiz changed) is ignored");
        }
    }
}
