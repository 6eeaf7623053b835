package processlab.progress;

/**
 * Names one quiz question across app versions: the lesson, the line of its {@code ```quiz} fence (a lesson
 * may have several quizzes) and the question's index within that block.
 */
public record QuizKey(String lessonId, int quizLine, int question) {}
