package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcFileTest {

    @TempDir
    Path dir;

    @Test
    void parsesAStatLineWhoseNameHoldsSpacesAndParentheses() throws Exception {
        Path file = dir.resolve("stat");
        Files.writeString(file, "4242 (my) odd name) S 17 4242 4242 0 -1 4194560\n");
        try (ProcFile stat = ProcFile.openOrNull(file, 1024)) {
            assertNotNull(stat);
            assertTrue(stat.reread());
            assertEquals("my) odd name", stat.statName());
            assertEquals('S', stat.statState());
            assertEquals(17, stat.statNumber(4, -5));
            assertEquals(-1, stat.statNumber(8, -5)); // tty_pgrp: negative
            assertEquals(-5, stat.statNumber(30, -5));
        }
    }

    @Test
    void eachRereadSeesTheCurrentTextAndAnEmptyFileIsNotARead() throws Exception {
        Path file = dir.resolve("schedstat");
        Files.writeString(file, "123456 789 10\n");
        try (ProcFile schedstat = ProcFile.openOrNull(file, 128)) {
            assertTrue(schedstat.reread());
            assertEquals(123456, schedstat.firstNumber());
            assertEquals(10, schedstat.nthNumber(2));
            Files.writeString(file, "99 1 2\n");
            assertTrue(schedstat.reread());
            assertEquals(99, schedstat.firstNumber());
            assertEquals(2, schedstat.nthNumber(2));
            Files.writeString(file, "");
            assertFalse(schedstat.reread());
            assertEquals("", schedstat.statName());
        }
    }

    @Test
    void aThreadsNameInItsStatIsItsComm() throws Exception {
        Path self = Path.of("/proc/thread-self");
        assumeTrue(Files.isReadable(self.resolve("stat")), "needs Linux /proc");
        try (ProcFile stat = ProcFile.openOrNull(self.resolve("stat"), 1024)) {
            assertTrue(stat.reread());
            assertEquals(
                    Files.readString(self.resolve("comm"), StandardCharsets.UTF_8)
                            .strip(),
                    stat.statName());
            assertEquals('R', stat.statState()); // this thread is running: it is reading its own stat
        }
    }

    @Test
    void aMissingFileIsNull() {
        assertEquals(null, ProcFile.openOrNull(dir.resolve("gone"), 64));
    }
}
