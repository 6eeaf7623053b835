package processlab.progress;

import processlab.lesson.Block;
import processlab.lesson.Lesson;
import processlab.lesson.QuizBlock;

/**
 * When a lesson counts as done: its end was scrolled into view ({@link ProgressStore#isLessonRead}) and every
 * question of its quizzes was answered, right or wrong (the answer and its explanation are what the quiz is for).
 * A lesson without a quiz is done once its end was reached; a lesson with errors is never done.
 */
public final class LessonDone {

    private LessonDone() {}

    public static boolean isDone(Lesson lesson, ProgressStore progress) {
        return lesson.isValid() && progress.isLessonRead(lesson.id()) && unansweredQuestions(lesson, progress) == 0;
    }

    /** Quiz questions on the lesson's page without a saved answer. */
    public static int unansweredQuestions(Lesson lesson, ProgressStore progress) {
        int unanswered = 0;
        for (Block block : lesson.blocks()) {
            if (block instanceof QuizBlock quiz) {
                for (int i = 0; i < quiz.questions().size(); i++) {
                    // The key the quiz view saves its answer under (QuizViewModel).
                    if (progress.quizAnswer(new QuizKey(lesson.id(), quiz.line(), i))
                            .isEmpty()) {
                        unanswered++;
                    }
                }
            }
        }
        return unanswered;
    }
}
