package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs start below the app's priority, read back from the OS, and the app's own priority is left alone. */
@Timeout(30)
class RunPriorityTest {

    @Test
    void runsStartNicerThanTheApp() throws Exception {
        assumeTrue(Launches.LINUX, "nice values are read from /proc");
        int appAutogroup = RunPriority.autogroupNiceness(ProcessHandle.current().pid());
        try (RunSession session = RunSession.start(new RunSpec.Program(List.of("sleep", "20"),
                RunLimits.withTimeout(Duration.ofSeconds(25))))) {
            long pid = session.pid();
            Waits.until(Duration.ofSeconds(5), () -> command(pid).startsWith("sleep"),
                    () -> "the run never became sleep: " + command(pid));
            assertEquals(niceOf(ProcessHandle.current().pid()) + RunPriority.NICENESS, niceOf(pid));
            if (appAutogroup >= 0 && ProcessGroups.groupsSupported()) {
                assertEquals(RunPriority.NICENESS, RunPriority.autogroupNiceness(pid), "the run's autogroup");
                assertEquals(appAutogroup, RunPriority.autogroupNiceness(ProcessHandle.current().pid()),
                        "the app's own autogroup must keep its priority");
                assertNotEquals(autogroup(pid), autogroup(ProcessHandle.current().pid()));
            }
        }
    }

    private static String command(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
        } catch (Exception e) {
            return "";
        }
    }

    /** Field 19 of /proc/PID/stat, counted after the command name that may hold spaces. */
    private static int niceOf(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    private static String autogroup(long pid) throws Exception {
        return Files.readString(Path.of("/proc", Long.toString(pid), "autogroup")).trim().split(" ")[0];
    }
}
