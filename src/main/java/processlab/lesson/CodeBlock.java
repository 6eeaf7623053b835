package processlab.lesson;

import java.util.Optional;

/**
 * A fenced code block. {@code ```python run} is runnable; {@code ```python run error=NameError} is runnable
 * and meant to fail with that error (a teaching example of a mistake); {@code ```python run min=3.14} needs
 * that Python or newer (an older one is not used for it).
 *
 * @param language      the first word of the info string, lower case; {@code text} when there is none
 * @param runnable      whether the info string says {@code run}
 * @param expectedError the exception name after {@code error=}, or empty
 * @param minimumPython the version after {@code min=} ("3.14"), or empty
 */
public record CodeBlock(
        int line,
        String info,
        String body,
        String language,
        boolean runnable,
        Optional<String> expectedError,
        Optional<String> minimumPython)
        implements Block {

    public CodeBlock(
            int line, String info, String body, String language, boolean runnable, Optional<String> expectedError) {
        this(line, info, body, language, runnable, expectedError, Optional.empty());
    }

    /** Whether Python major.minor is too old for this block. */
    public boolean needsNewerThan(int major, int minor) {
        if (minimumPython.isEmpty()) {
            return false;
        }
        String[] parts = minimumPython.get().split("\\.");
        int wantMajor = Integer.parseInt(parts[0]);
        int wantMinor = Integer.parseInt(parts[1]);
        return major < wantMajor || (major == wantMajor && minor < wantMinor);
    }

    @Override
    public String kind() {
        return language;
    }
}
