package processlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.lesson.Block;
import processlab.lesson.Lesson;
import processlab.lesson.LessonError;
import processlab.lesson.MarkdownBlock;
import processlab.lesson.QuizBlock;
import processlab.lesson.QuizQuestion;

class LessonDoneTest {

    @TempDir
    Path dir;

    private static final QuizBlock QUIZ = new QuizBlock(
            30,
            "quiz",
            "",
            List.of(
                    new QuizQuestion(31, "One?", List.of("a", "b", "c"), 0, "Because."),
                    new QuizQuestion(35, "Two?", List.of("a", "b", "c"), 2, "Because.")));

    @Test
    void aLessonWithAQuizIsDoneOnceItsEndWasReadAndEveryQuestionAnswered() {
        Lesson lesson = lesson("01-quiz", List.of(prose(), QUIZ), List.of());
        try (ProgressStore progress = ProgressStore.open(dir)) {
            progress.recordQuizAnswer(new QuizKey("01-quiz", 30, 0), new QuizAnswer(0, true));
            progress.recordQuizAnswer(new QuizKey("01-quiz", 30, 1), new QuizAnswer(1, false));
            assertFalse(LessonDone.isDone(lesson, progress), "answered, but the end was never on screen");

            progress.markLessonRead("01-quiz");
            assertTrue(LessonDone.isDone(lesson, progress), "a wrong answer counts: the explanation was read");
        }
    }

    @Test
    void theEndAloneIsNotEnoughWhileAQuestionIsOpen() {
        Lesson lesson = lesson("01-quiz", List.of(prose(), QUIZ), List.of());
        try (ProgressStore progress = ProgressStore.open(dir)) {
            progress.markLessonRead("01-quiz");
            progress.recordQuizAnswer(new QuizKey("01-quiz", 30, 0), new QuizAnswer(0, true));
            assertFalse(LessonDone.isDone(lesson, progress));
            assertEquals(1, LessonDone.unansweredQuestions(lesson, progress));
        }
    }

    @Test
    void withoutAQuizTheEndIsEnoughAndABrokenLessonIsNeverDone() {
        try (ProgressStore progress = ProgressStore.open(dir)) {
            progress.markLessonRead("02-prose");
            progress.markLessonRead("03-broken");
            assertTrue(LessonDone.isDone(lesson("02-prose", List.of(prose()), List.of()), progress));
            assertFalse(LessonDone.isDone(
                    lesson(
                            "03-broken",
                            List.of(prose()),
                            List.of(new LessonError(dir.resolve("03-broken.md"), 3, "bad"))),
                    progress));
        }
    }

    private static Block prose() {
        return new MarkdownBlock(5, "Some text.");
    }

    private Lesson lesson(String id, List<Block> blocks, List<LessonError> errors) {
        return new Lesson(id, dir.resolve(id + ".md"), "T", "Q?", "", blocks, errors);
    }
}
