package processlab.run;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
}
