package processlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFolderTest {

    @Test
    void followsEachSystemsConvention() {
        assertEquals(
                Path.of("/home/ann/.config/processlab"), ConfigFolder.resolve(null, "Linux", "/home/ann", Map.of()));
        assertEquals(
                Path.of("/xdg/processlab"),
                ConfigFolder.resolve(null, "Linux", "/home/ann", Map.of("XDG_CONFIG_HOME", "/xdg")));
        assertEquals(
                Path.of("/Users/ann/Library/Application Support/ProcessLab"),
                ConfigFolder.resolve(null, "Mac OS X", "/Users/ann", Map.of()));
        assertEquals(
                Path.of("C:/Users/ann/AppData/Roaming", "ProcessLab"),
                ConfigFolder.resolve(null, "Windows 11", "/home", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming")));
    }

    /** {@code HOME=/x java …}: Java's user.home is still the account's folder (the password database's). */
    @Test
    void theHomeOfTheEnvironmentWinsOverJavasUserHome() {
        assertEquals(
                Path.of("/x/.config/processlab"),
                ConfigFolder.resolve(null, "Linux", "/home/lab", Map.of("HOME", "/x")));
        assertEquals(
                Path.of("/x/Library/Application Support/ProcessLab"),
                ConfigFolder.resolve(null, "Mac OS X", "/Users/lab", Map.of("HOME", "/x")));
        assertEquals(
                Path.of("/home/lab/.config/processlab"),
                ConfigFolder.resolve(null, "Linux", "/home/lab", Map.of("HOME", " ")),
                "a blank HOME is unset");
    }

    @Test
    void xdgConfigHomeWinsOverHomeWhenItIsAnAbsolutePath() {
        assertEquals(
                Path.of("/xdg/processlab"),
                ConfigFolder.resolve(null, "Linux", "/home/lab", Map.of("HOME", "/x", "XDG_CONFIG_HOME", "/xdg")));
        assertEquals(
                Path.of("/x/.config/processlab"),
                ConfigFolder.resolve(
                        null, "Linux", "/home/lab", Map.of("HOME", "/x", "XDG_CONFIG_HOME", "relative/config")),
                "the XDG spec ignores relative paths");
    }

    @Test
    void thePropertyOverridesEverything() {
        assertEquals(
                Path.of("/tmp/x"),
                ConfigFolder.resolve("/tmp/x", "Linux", "/home/ann", Map.of("HOME", "/x", "XDG_CONFIG_HOME", "/xdg")));
    }
}
