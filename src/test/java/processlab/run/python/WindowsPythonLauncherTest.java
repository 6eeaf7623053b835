package processlab.run.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows' Python launcher, {@code py}, is found last on the PATH and asked for Python 3 as {@code py -3}. */
class WindowsPythonLauncherTest {

    @Test
    void thePyLauncherIsAskedForPython3() {
        assertEquals(List.of("/opt/bin/py", "-3", "--version"), PythonProbe.interpreter("/opt/bin/py", "--version"));
        assertEquals(List.of("/usr/bin/python3", "-c", "x"), PythonProbe.interpreter("/usr/bin/python3", "-c", "x"));
    }

    /** A stand-in {@code py} that runs Python only when asked for {@code -3}, alone on the PATH: it is used. */
    @Test
    void aPathWithOnlyThePyLauncherFindsThePythonItRuns(@TempDir Path dir) throws Exception {
        String python = PythonLocator.probe("python3").orElseThrow().executable();
        Path py = dir.resolve("py");
        Files.writeString(
                py,
                "#!/bin/sh\n[ \"$1\" = -3 ] || { echo 'no Python 2 here' >&2; exit 9; }\nshift\nexec " + python
                        + " \"$@\"\n");
        Files.setPosixFilePermissions(py, PosixFilePermissions.fromString("rwxr-xr-x"));

        PythonInterpreter found = new PythonLocator(null, Map.of("PATH", dir.toString())).locate(false);
        assertTrue(found.atLeast(3, 8), found.describe());
        assertFalse(found.executable().equals(py.toString()), "runs start the interpreter py chose, not py");
    }
}
