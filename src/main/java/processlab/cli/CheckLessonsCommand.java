package processlab.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code check-lessons DIR [--json]}: validates a lesson folder. */
public final class CheckLessonsCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        throw new UsageException("not built yet");
    }
}
