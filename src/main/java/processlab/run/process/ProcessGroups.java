package processlab.run.process;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starting a program in a process group of its own and ending whole trees.
 *
 * <p>The root is started through the machine's {@link SessionStarter} (the {@code setsid} program on Linux, a Perl
 * bootstrap on macOS), which makes a new session and then execs the real program in place, so the pid Java sees is
 * the program's pid and also its group id. Every
 * child the program forks stays in that group unless it leaves on purpose, so one signal to the group
 * reaches processes that {@link ProcessHandle#descendants()} would miss (children whose parent already died).
 */
public final class ProcessGroups {

    private static final System.Logger LOG = System.getLogger(ProcessGroups.class.getName());
    private static final SessionStarter SESSIONS = RunPlatform.sessions();

    private ProcessGroups() {}

    /** Whether roots get a group of their own on this machine. */
    public static boolean groupsSupported() {
        return SESSIONS.available();
    }

    /** The command that starts {@code argv} as the leader of a new session and process group. */
    public static List<String> inNewGroup(List<String> argv) {
        return SESSIONS.wrap(argv);
    }

    /** Sends SIGTERM (or SIGKILL when {@code force}) to the group led by {@code pgid} and to every descendant. */
    public static void signalTree(ProcessHandle root, boolean force) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        if (SESSIONS.available()) {
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
}
