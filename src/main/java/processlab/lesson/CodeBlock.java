package processlab.lesson;

import java.util.Optional;

/**
 * A fenced code block. {@code ```python run} is runnable; {@code ```python run error=NameError} is runnable
 * and meant to fail with that error (a teaching example of a mistake).
 *
 * @param language      the first word of the info string, lower case; {@code text} when there is none
 * @param runnable      whether the info string says {@code run}
 * @param expectedError the exception name after {@code error=}, or empty
 */
public record CodeBlock(int line, String info, String body, String language, boolean runnable,
                        Optional<String> expectedError) implements Block {

    @Override
    public String kind() {
        return language;
    }
}
