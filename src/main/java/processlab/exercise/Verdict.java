package processlab.exercise;

import java.util.List;

/**
 * What a check concluded about one run.
 *
 * @param passed   whether the exercise is solved
 * @param messages for the student, most important first: what was wrong (or, when passed, what was seen)
 */
public record Verdict(boolean passed, List<String> messages) {

    public Verdict {
        messages = List.copyOf(messages);
    }

    public static Verdict pass(String message) {
        return new Verdict(true, List.of(message));
    }

    public static Verdict fail(List<String> problems) {
        return new Verdict(false, problems);
    }

    public static Verdict fail(String problem) {
        return new Verdict(false, List.of(problem));
    }
}
