package processlab.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs start at a lower scheduling priority, so that a demo of 32 busy threads cannot starve the window that
 * draws it. Every run gets the same priority, so compared runs stay fair, and a lower priority only matters
 * when the CPU is contended: on an idle machine the programs still get every core.
 *
 * <p>Two steps, because a run leads a session of its own ({@link ProcessGroups}): {@code nice -n 10} in front
 * of the command, and on Linux the session's autogroup lowered to the same niceness. Where the kernel groups
 * each session for the scheduler (autogrouping, the default when no cgroup CPU controller is in use) a
 * process's nice value only ranks it against its own session, so the plain {@code nice} alone changes nothing
 * against the app.
 */
final class RunPriority {

    static final int NICENESS = 10;

    private static final System.Logger LOG = System.getLogger(RunPriority.class.getName());
    private static final String NICE = findNice();
    private static final long AUTOGROUP_PATIENCE_MS = 1500;
    /** The kernel takes one autogroup change per 100 ms from a non-admin user, so runs started together retry. */
    private static final long AUTOGROUP_RETRY_MS = 110;

    private RunPriority() {
    }

    /** {@code nice -n 10 command…}, or the command as it is where there is no {@code nice} program. */
    static List<String> lowered(List<String> command) {
        if (NICE == null) {
            return command;
        }
        List<String> lowered = new ArrayList<>(command.size() + 3);
        lowered.add(NICE);
        lowered.add("-n");
        lowered.add(Integer.toString(NICENESS));
        lowered.addAll(command);
        return lowered;
    }

    /**
     * Lowers the autogroup of the session that {@code sessionLeader} leads, when the kernel has autogroups.
     * Called right after the start; a run that cannot be lowered still runs, only the window may stutter.
     */
    static void lowerSession(long sessionLeader) {
        Path autogroup = Path.of("/proc", Long.toString(sessionLeader), "autogroup");
        if (!Launches.LINUX || !ProcessGroups.groupsSupported() || !Files.isWritable(autogroup)) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(AUTOGROUP_PATIENCE_MS);
        while (true) {
            long pauseMs;
            try {
                // Before its setsid() the child is still in the app's autogroup: lowering it then would lower us.
                if (leadsOwnAutogroup(sessionLeader)) {
                    Files.writeString(autogroup, Integer.toString(NICENESS));
                    return;
                }
                pauseMs = 2;
            } catch (IOException busyOrGone) {
                pauseMs = AUTOGROUP_RETRY_MS;
                if (!Files.exists(autogroup) || System.nanoTime() > deadline) {
                    LOG.log(System.Logger.Level.DEBUG, "could not lower the autogroup of " + sessionLeader,
                            busyOrGone);
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean leadsOwnAutogroup(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name (which may hold spaces): state ppid pgrp session …
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 5);
        boolean leader = fields.length > 3 && fields[3].equals(Long.toString(pid));
        return leader && !autogroupName(pid).equals(autogroupName(ProcessHandle.current().pid()));
    }

    private static String autogroupName(long pid) throws IOException {
        String line = Files.readString(Path.of("/proc", Long.toString(pid), "autogroup")).trim();
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** The autogroup niceness of a process ("/autogroup-12 nice 10" → 10), or -1 where there is none. */
    static int autogroupNiceness(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "autogroup")).trim();
            int at = line.lastIndexOf(' ');
            return Integer.parseInt(line.substring(at + 1));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String findNice() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return null;
        }
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "nice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
