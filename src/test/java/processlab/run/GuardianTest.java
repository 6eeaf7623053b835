package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.run.process.Guardian;
import processlab.run.process.ProcessGroups;
import processlab.util.OperatingSystem;

/** The guardian kills the groups it watches when its pipe closes, and only those. */
@Timeout(30)
class GuardianTest {

    @Test
    void killsWatchedGroupsWhenThePipeClosesAndSparesForgottenOnes() throws Exception {
        Guardian guardian = Guardian.startNew();
        assertNotNull(guardian);
        Process watched = new ProcessBuilder(ProcessGroups.inNewGroup(List.of("sleep", "60"))).start();
        Process forgotten = new ProcessBuilder(ProcessGroups.inNewGroup(List.of("sleep", "60"))).start();
        try {
            // Under load setsid may not have made the groups yet; a group that does not exist cannot be killed.
            Waits.until(
                    Duration.ofSeconds(5),
                    () -> leadsItsGroup(watched.pid()) && leadsItsGroup(forgotten.pid()),
                    () -> "the sleeps never got groups of their own");
            guardian.watch(watched.pid());
            guardian.watch(forgotten.pid());
            guardian.forget(forgotten.pid());
            guardian.closePipe();
            Waits.until(Duration.ofSeconds(5), () -> !watched.isAlive(), () -> "watched group survived");
            Waits.until(Duration.ofSeconds(5), () -> !Waits.running(guardian.pid()), () -> "guardian did not exit");
            assertTrue(forgotten.isAlive(), "a forgotten group is left alone");
        } finally {
            watched.destroyForcibly();
            forgotten.destroyForcibly();
        }
    }

    @Test
    void givesTheAppsSessionItsPriorityBackWhenTheAppDies() throws Exception {
        assumeTrue(
                OperatingSystem.isLinux()
                        && java.nio.file.Files.isWritable(java.nio.file.Path.of("/proc/self/autogroup")),
                "Linux autogroups");
        Guardian guardian = Guardian.startNew();
        assertNotNull(guardian);
        // A session of its own stands for the app's: lowered as the app lowers its own while a run is live.
        Process session = new ProcessBuilder(
                        ProcessGroups.inNewGroup(List.of("sh", "-c", "echo 15 > /proc/self/autogroup; exec sleep 60")))
                .start();
        try {
            Waits.until(
                    Duration.ofSeconds(5),
                    () -> RunPriority.autogroupNiceness(session.pid()) == 15,
                    () -> "the stand-in session was not lowered");
            guardian.restoreAutogroupOnDeath(session.pid(), 0);
            guardian.closePipe();
            Waits.until(
                    Duration.ofSeconds(5),
                    () -> RunPriority.autogroupNiceness(session.pid()) == 0,
                    () -> "the session kept niceness " + RunPriority.autogroupNiceness(session.pid()));
            assertEquals(0, RunPriority.autogroupNiceness(session.pid()));
        } finally {
            session.destroyForcibly();
        }
    }

    /** Whether {@code pid} is the leader of its process group (field 5 of /proc/PID/stat is the group id). */
    private static boolean leadsItsGroup(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]) == pid;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
