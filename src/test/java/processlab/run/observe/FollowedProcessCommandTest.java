package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.Recording;

/** A process's command is refreshed after exec, but never replaced by its short name when it has none to show. */
class FollowedProcessCommandTest {

    private static final long PID = 4242;

    @Test
    void aProcessThatExecsShowsItsNewCommand(@TempDir Path proc) throws Exception {
        Recording recording = followed(proc, "python3 -c print(1)");
        Files.writeString(proc.resolve("cmdline"), "python3\0-c\0for i in range(10): pass\0");
        process(proc).refreshCommand(recording);
        assertEquals(
                "python3 -c for i in range(10): pass",
                recording.processes().get(0).command());
    }

    /** A zombie's cmdline is empty, and its comm is only "python3": the command it ran stays. */
    @Test
    void anEndingProcessKeepsTheCommandItRan(@TempDir Path proc) throws Exception {
        Recording recording = followed(proc, "python3 -c for i in range(10): pass");
        Files.writeString(proc.resolve("cmdline"), "");
        process(proc).refreshCommand(recording);
        assertEquals(
                "python3 -c for i in range(10): pass",
                recording.processes().get(0).command());
    }

    private static Recording followed(Path proc, String command) throws Exception {
        Files.writeString(proc.resolve("comm"), "python3\n");
        Files.writeString(proc.resolve("stat"), PID + " (python3) S 1 1 1 0");
        Recording recording = new Recording("test", 2, true);
        recording.processStarted(PID, 1, command, 0);
        return recording;
    }

    private static FollowedProcess process(Path proc) {
        return new FollowedProcess(PID, proc, ProcFile.openOrNull(proc.resolve("stat"), 1024), 0);
    }
}
