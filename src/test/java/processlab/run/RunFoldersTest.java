package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFoldersTest {

    @TempDir
    Path temp;

    @Test
    void sweepDeletesTheFoldersOfDeadAppsOnly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        Path dead = Files.createDirectories(temp.resolve("processlab-run-" + deadPid + "-123"));
        Files.writeString(dead.resolve("events"), "x");
        Path alive = Files.createDirectories(
                temp.resolve("processlab-run-" + ProcessHandle.current().pid() + "-9"));
        Path foreign = Files.createDirectories(temp.resolve("processlab-run-notapid"));

        assertEquals(1, RunFolders.sweep(temp));

        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(alive));
        assertTrue(Files.exists(foreign));
    }

    @Test
    void ownerPidIsReadFromTheName() throws IOException {
        assertEquals(OptionalLong.of(42), RunFolders.ownerPid("processlab-run-42-77"));
        assertEquals(OptionalLong.empty(), RunFolders.ownerPid("processlab-run-77"));
        assertEquals(OptionalLong.empty(), RunFolders.ownerPid("other-42-1"));
    }
}
