package processlab.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless command of {@code java -jar processlab.jar COMMAND ARGS…}. */
public interface Command {

    /**
     * Runs the command.
     *
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
