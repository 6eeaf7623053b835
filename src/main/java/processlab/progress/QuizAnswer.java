package processlab.progress;

/**
 * The student's last answer to one quiz question.
 *
 * @param chosen  the 0-based index of the choice picked
 * @param correct whether it was the right one
 */
public record QuizAnswer(int chosen, boolean correct) {}
