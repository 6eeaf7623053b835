package processlab.tryit;

import processlab.run.spec.RunException;

/**
 * Starts a student's code as a real run. The app plugs the run engine in here (pid-tagged output, process
 * tree, task spans) through {@link EngineCodeRunner}; tests may plug in a fake.
 */
@FunctionalInterface
public interface CodeRunner {

    /**
     * @throws RunException when the code cannot even be started (no python3…); the message is shown to the
     *                      student
     */
    RunningCode start(CodeLanguage language, String source) throws RunException;

    /**
     * Starts code that needs at least the given Python ("3.14", from a {@code python run min=3.14} block). A runner
     * that cannot choose the interpreter runs it as any other code.
     */
    default RunningCode start(CodeLanguage language, String source, String minimumPython) throws RunException {
        return start(language, source);
    }
}
