package processlab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.progress.Fifo;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void theThemeIsLightUntilChosenAndKeptOnceChosen() {
        try (Settings first = Settings.open(dir)) {
            assertEquals(ThemeChoice.LIGHT, first.theme());
            first.setTheme(ThemeChoice.DARK);
            assertEquals(ThemeChoice.DARK, first.theme());
        }
        try (Settings again = Settings.open(dir)) {
            assertEquals(ThemeChoice.DARK, again.theme());
        }
    }

    @Test
    void keysOfANewerAppAreKeptAndAnUnknownThemeIsLight() throws Exception {
        Files.writeString(dir.resolve(Settings.FILE_NAME), "theme=solarized\nzoom=1.5\n");
        try (Settings settings = Settings.open(dir)) {
            assertEquals(ThemeChoice.LIGHT, settings.theme());
            settings.setTheme(ThemeChoice.DARK);
        }
        String written = Files.readString(dir.resolve(Settings.FILE_NAME));
        assertTrue(written.contains("zoom=1.5"), written);
        assertTrue(written.contains("theme=dark"), written);
    }

    @Test
    void aFolderThatCannotBeWrittenLosesTheChoiceButNotTheApp() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "a file where the config folder should be");
        try (Settings settings = Settings.open(notAFolder)) {
            settings.setTheme(ThemeChoice.DARK);
            settings.flush();
            assertEquals(ThemeChoice.DARK, settings.theme(), "kept for this session");
        }
    }

    @Test
    void aNamedPipeInsteadOfTheFileGivesTheDefaultsAtOnce() throws Exception {
        Path pipe = dir.resolve(Settings.FILE_NAME);
        Fifo.make(pipe);
        try (Settings settings = Fifo.within5Seconds(pipe, () -> Settings.open(dir))) {
            assertEquals(ThemeChoice.LIGHT, settings.theme());
            settings.setTheme(ThemeChoice.DARK);
        }
        try (Settings again = Settings.open(dir)) {
            assertEquals(ThemeChoice.DARK, again.theme(), "the save put a plain file in the pipe's place");
        }
    }

    @Test
    void aTempFileLeftByAKilledSaveIsRemovedAtTheNextStart() throws Exception {
        Path stale = dir.resolve(Settings.FILE_NAME + "4711.tmp");
        Files.writeString(stale, "theme=da");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        try (Settings settings = Settings.open(dir)) {
            settings.flush();
            assertFalse(Files.exists(stale));
        }
    }

    @Test
    void settingsInMemoryWriteNothing() {
        try (Settings settings = Settings.inMemory()) {
            settings.setTheme(ThemeChoice.DARK);
            assertEquals(ThemeChoice.DARK, settings.theme());
        }
        assertFalse(Files.exists(dir.resolve(Settings.FILE_NAME)));
    }
}
