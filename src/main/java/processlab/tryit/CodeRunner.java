package processlab.tryit;

import java.io.IOException;

/**
 * Starts a student's code as a real run. The app plugs the run engine in here (pid-tagged output, process
 * tree, task spans); {@link LocalCodeRunner} is a plain fallback that needs nothing but python3 and java.
 */
@FunctionalInterface
public interface CodeRunner {

    /**
     * @throws IOException when the code cannot even be started (no python3, no temp folder); the message is
     *                     shown to the student
     */
    RunningCode start(CodeLanguage language, String source) throws IOException;
}
