package processlab.tryit;

import processlab.run.RunException;

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
}
