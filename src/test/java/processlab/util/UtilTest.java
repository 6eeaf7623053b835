package processlab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UtilTest {

    @Test
    void daemonThreadsAreNamedDaemons() {
        Thread single = DaemonThreads.named("one-name").newThread(() -> {});
        assertEquals("one-name", single.getName());
        assertTrue(single.isDaemon());
        Thread first = DaemonThreads.numbered("pool-").newThread(() -> {});
        Thread second = DaemonThreads.numbered("pool-").newThread(() -> {});
        assertTrue(first.getName().startsWith("pool-") && first.isDaemon());
        assertNotEquals(first.getName(), second.getName(), "two pools of one prefix never share a name");
    }

    @Test
    void osNamesAreReadOnce() {
        assertEquals(OperatingSystem.LINUX, OperatingSystem.of("Linux"));
        assertEquals(OperatingSystem.MAC, OperatingSystem.of("Mac OS X"));
        assertEquals(OperatingSystem.WINDOWS, OperatingSystem.of("Windows 11"));
        assertEquals(OperatingSystem.OTHER, OperatingSystem.of("FreeBSD"));
        assertEquals(OperatingSystem.of(System.getProperty("os.name")), OperatingSystem.current());
    }

    @Test
    void programsAreExecutableFilesInTheFirstFolderThatHasOne(@TempDir Path dir) throws Exception {
        assumeFalse(OperatingSystem.isWindows());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path later = Files.createDirectory(dir.resolve("later"));
        Files.writeString(plain.resolve("tool"), "not executable");
        Files.createDirectory(empty.resolve("tool")); // a folder is "executable" but no program
        Path tool = Files.writeString(bin.resolve("tool"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path other = Files.writeString(later.resolve("tool"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwxr-xr-x"));

        String path = String.join(
                File.pathSeparator, "", empty.toString(), plain.toString(), bin.toString(), later.toString());
        assertEquals(Optional.of(tool), ProgramLookup.onPath("tool", path));
        assertEquals(Optional.of(tool), ProgramLookup.inFolders("tool", List.of(plain.toString(), bin.toString())));
        assertEquals(Optional.empty(), ProgramLookup.onPath("missing", path));
        assertFalse(ProgramLookup.isProgram(empty.resolve("tool")));
    }
}
