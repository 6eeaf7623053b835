package processlab.run.python;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.RunException;

/** Preparing a Python run fails with a message for the user, like the rest of the launch path. */
class PythonLaunchesTest {

    @Test
    void instrumentationThatCannotBeWrittenIsARunExceptionNamingTheFolder(@TempDir Path runDir) throws Exception {
        Files.writeString(runDir.resolve("site"), "a file where the site folder should go");
        RunException e = assertThrows(RunException.class,
                () -> PythonLaunches.instrumentation(runDir, runDir.resolve("events")));
        assertTrue(e.getMessage().contains(runDir.resolve("site").toString()), e.getMessage());
    }

    @Test
    void instrumentationPutsItsSiteFolderFirstOnThePythonPath(@TempDir Path runDir) throws Exception {
        var env = PythonLaunches.instrumentation(runDir, runDir.resolve("events"));
        assertTrue(Files.isRegularFile(runDir.resolve("site").resolve("sitecustomize.py")));
        assertTrue(env.get("PYTHONPATH").startsWith(runDir.resolve("site").toString()), env.toString());
    }
}
