package processlab.worker;

/**
 * How exit codes are read and written, in one place for the app and its worker JVMs. Java (like a shell)
 * reports a process killed by signal N as exit value 128+N; ProcessLab records that as -N, and a command-line
 * tool exits with 128+N again, as shells do.
 */
public final class ExitStatus {

    private static final int SIGNAL_BASE = 128;
    /** Linux signal numbers run up to 64 (SIGRTMAX); a larger value is a plain exit code. */
    private static final int MAX_SIGNAL = 64;

    private ExitStatus() {}

    /** A Java exit value as recorded: -N when it says "killed by signal N", else unchanged. */
    public static int recorded(int exitValue) {
        boolean bySignal = exitValue > SIGNAL_BASE && exitValue <= SIGNAL_BASE + MAX_SIGNAL;
        return bySignal ? -(exitValue - SIGNAL_BASE) : exitValue;
    }

    /** A recorded code in words: "exit code 3", or "ended by signal 15 (SIGTERM)" for a negative one. */
    public static String describe(int recorded) {
        if (recorded >= 0) {
            return "exit code " + recorded;
        }
        String name = signalName(-recorded);
        return "ended by signal " + -recorded + (name.isEmpty() ? "" : " (" + name + ")");
    }

    /** The name of the signals a run meets (Linux numbering, the same on macOS for these), else "". */
    static String signalName(int signal) {
        return switch (signal) {
            case 1 -> "SIGHUP";
            case 2 -> "SIGINT";
            case 6 -> "SIGABRT";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            case 13 -> "SIGPIPE";
            case 15 -> "SIGTERM";
            default -> "";
        };
    }

    /** A recorded code as a shell would give it: 128+N for signal N. */
    public static int shell(int recorded) {
        return recorded < 0 ? SIGNAL_BASE - recorded : recorded;
    }
}
