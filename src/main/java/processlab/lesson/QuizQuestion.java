package processlab.lesson;

import java.util.List;

/**
 * One quiz question.
 *
 * @param line    the 1-based file line of its {@code - q:}
 * @param answer  the 0-based index of the right choice
 * @param explain why the right choice is right (shown after answering)
 */
public record QuizQuestion(int line, String question, List<String> choices, int answer, String explain) {

    public QuizQuestion {
        choices = List.copyOf(choices);
    }
}
