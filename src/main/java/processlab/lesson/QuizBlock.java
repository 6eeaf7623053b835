package processlab.lesson;

import java.util.List;

/** A {@code ```quiz} block: multiple-choice questions with explanations. */
public record QuizBlock(int line, String info, String body, List<QuizQuestion> questions) implements Block {

    public QuizBlock {
        questions = List.copyOf(questions);
    }

    @Override
    public String kind() {
        return "quiz";
    }
}
