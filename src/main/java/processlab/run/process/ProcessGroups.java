package processlab.run.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import processlab.util.OperatingSystem;
import processlab.util.ProgramLookup;

/**
 * Starting a program in a process group of its own and ending whole trees.
 *
 * <p>On Linux the root is started through the {@code setsid} program, which makes a new session and then
 * execs the real program in place, so the pid Java sees is the program's pid and also its group id. Every
 * child the program forks stays in that group unless it leaves on purpose, so one signal to the group
 * reaches processes that {@link ProcessHandle#descendants()} would miss (children whose parent already died).
 */
public final class ProcessGroups {

    private static final System.Logger LOG = System.getLogger(ProcessGroups.class.getName());
    private static final String SETSID = findSetsid();

    private ProcessGroups() {}

    /** Whether roots get a group of their own on this machine. */
    public static boolean groupsSupported() {
        return SETSID != null;
    }

    /** The command that starts {@code argv} as the leader of a new session and process group. */
    public static List<String> inNewGroup(List<String> argv) {
        if (SETSID == null) {
            return argv;
        }
        List<String> command = new ArrayList<>(argv.size() + 1);
        command.add(SETSID);
        command.addAll(argv);
        return command;
    }

    /** Sends SIGTERM (or SIGKILL when {@code force}) to the group led by {@code pgid} and to every descendant. */
    public static void signalTree(ProcessHandle root, boolean force) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        if (SETSID != null) {
            signalGroup(root.pid(), force);
        }
        for (ProcessHandle process : tree) {
            if (force) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
        }
    }

    /** Sends a signal to a whole process group with the {@code kill} program (Java has no call for it). */
    public static void signalGroup(long pgid, boolean force) {
        try {
            Process kill = new ProcessBuilder("kill", force ? "-KILL" : "-TERM", "--", "-" + pgid)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not signal process group " + pgid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String findSetsid() {
        if (OperatingSystem.isWindows()) {
            return null;
        }
        return ProgramLookup.inFolders("setsid", List.of("/usr/bin", "/bin", "/usr/local/bin"))
                .map(Path::toString)
                .orElse(null);
    }
}
