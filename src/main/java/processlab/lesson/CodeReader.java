package processlab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * Turns a fenced block with a language into a {@link CodeBlock}. Only Python runs: {@code python run},
 * {@code python run error=NameError} and {@code python run min=3.14}. A misspelt behaviour ({@code python runn})
 * is an error rather than silently plain code, so an author learns at once that the block will not run.
 */
final class CodeReader {

    private static final String EXCEPTION_NAME = "[A-Za-z_][A-Za-z0-9_.]*";
    /** Python 3.8 is the oldest the app runs; 3.99 leaves room for versions not yet released. */
    private static final String PYTHON_VERSION = "3\\.(?:[89]|[1-9][0-9])";

    private CodeReader() {}

    static Optional<CodeBlock> read(FencedSection fenced, Problems problems) {
        String language = fenced.language();
        List<String> options = fenced.words().isEmpty()
                ? List.of()
                : fenced.words().subList(1, fenced.words().size());
        return switch (language) {
            case "python" -> python(fenced, options, problems);
            case "java" -> {
                if (!options.isEmpty()) {
                    problems.add(
                            fenced.line(),
                            unknownBehaviour(fenced, options.get(0), "a java block takes nothing " + "after 'java'"));
                    yield Optional.empty();
                }
                yield Optional.of(plain(fenced));
            }
            default -> {
                if (options.stream().anyMatch(o -> o.equals("run") || o.startsWith("error="))) {
                    problems.add(
                            fenced.line(),
                            "only python blocks can run, not '" + fenced.words().get(0) + "' (in '" + fenced.fence()
                                    + fenced.info() + "')");
                    yield Optional.empty();
                }
                yield Optional.of(plain(fenced));
            }
        };
    }

    private static Optional<CodeBlock> python(FencedSection fenced, List<String> options, Problems problems) {
        boolean run = false;
        Optional<String> expectedError = Optional.empty();
        Optional<String> minimum = Optional.empty();
        String allowed = "a python block takes 'run', 'run error=ExceptionName' or 'run min=3.14'";
        for (String option : options) {
            if (option.equals("run") && !run) {
                run = true;
            } else if (option.startsWith("error=") && expectedError.isEmpty()) {
                String name = option.substring("error=".length());
                if (!name.matches(EXCEPTION_NAME)) {
                    problems.add(fenced.line(), "'" + option + "' must name an exception, e.g. error=NameError");
                    return Optional.empty();
                }
                expectedError = Optional.of(name);
            } else if (option.startsWith("min=") && minimum.isEmpty()) {
                String version = option.substring("min=".length());
                if (!version.matches(PYTHON_VERSION)) {
                    problems.add(
                            fenced.line(), "'" + option + "' must name a Python version from 3.8 on, e.g. min=3.14");
                    return Optional.empty();
                }
                minimum = Optional.of(version);
            } else {
                problems.add(fenced.line(), unknownBehaviour(fenced, option, allowed));
                return Optional.empty();
            }
        }
        if (expectedError.isPresent() && !run) {
            problems.add(
                    fenced.line(),
                    "'error=" + expectedError.get() + "' needs 'run' before it: '" + fenced.fence()
                            + "python run error=" + expectedError.get() + "'");
            return Optional.empty();
        }
        if (minimum.isPresent() && !run) {
            problems.add(
                    fenced.line(),
                    "'min=" + minimum.get() + "' needs 'run' before it: '" + fenced.fence() + "python run min="
                            + minimum.get() + "'");
            return Optional.empty();
        }
        return Optional.of(
                new CodeBlock(fenced.line(), fenced.info(), fenced.body(), "python", run, expectedError, minimum));
    }

    private static CodeBlock plain(FencedSection fenced) {
        return new CodeBlock(fenced.line(), fenced.info(), fenced.body(), fenced.language(), false, Optional.empty());
    }

    static String unknownBehaviour(FencedSection fenced, String word, String allowed) {
        return "unknown block behaviour '" + word + "' in '" + fenced.fence() + fenced.info() + "' (" + allowed + ")";
    }
}
