package processlab.run;

import java.util.OptionalInt;
import processlab.worker.ExitStatus;

/**
 * How a run ended.
 *
 * @param exitCode the main process's exit code: negative means killed by that signal; empty if unknown
 * @param reason   why it ended
 * @param wallNs   from start to end, ns
 */
public record RunResult(OptionalInt exitCode, StopReason reason, long wallNs) {

    /** The code a command-line tool should exit with: the program's own, or 128+signal as shells do. */
    public int shellExitCode() {
        return ExitStatus.shell(exitCode.orElse(1));
    }
}
