package processlab.recording;

import java.util.OptionalInt;

/**
 * A process of a run as known at one moment.
 *
 * @param pid      the OS process id
 * @param parentPid the parent's pid, 0 if unknown
 * @param command  the command line, shortened for display
 * @param role     what the app knows it to be ("main", "pool worker 2", "Process-3"), may be empty
 * @param startNs  when it was first seen, ns since the run began
 * @param endNs    when it was seen to end, or -1 while it runs
 * @param exitCode its exit code when known: negative means killed by that signal (-11 = SIGSEGV)
 */
public record ProcessInfo(
        long pid, long parentPid, String command, String role, long startNs, long endNs, OptionalInt exitCode) {

    public boolean isAlive() {
        return endNs < 0;
    }

    ProcessInfo ended(long atNs, OptionalInt code) {
        return new ProcessInfo(pid, parentPid, command, role, startNs, atNs, code);
    }

    ProcessInfo withCommand(String newCommand) {
        return new ProcessInfo(pid, parentPid, newCommand, role, startNs, endNs, exitCode);
    }

    ProcessInfo withRole(String newRole) {
        return new ProcessInfo(pid, parentPid, command, newRole, startNs, endNs, exitCode);
    }
}
