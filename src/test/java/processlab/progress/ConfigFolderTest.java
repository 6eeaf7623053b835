package processlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigFolderTest {

    @Test
    void followsEachSystemsConvention() {
        assertEquals(Path.of("/home/ann/.config/processlab"),
                ConfigFolder.resolve(null, "Linux", "/home/ann", Map.of()));
        assertEquals(Path.of("/xdg/processlab"),
                ConfigFolder.resolve(null, "Linux", "/home/ann", Map.of("XDG_CONFIG_HOME", "/xdg")));
        assertEquals(Path.of("/Users/ann/Library/Application Support/ProcessLab"),
                ConfigFolder.resolve(null, "Mac OS X", "/Users/ann", Map.of()));
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming", "ProcessLab"),
                ConfigFolder.resolve(null, "Windows 11", "/home", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming")));
    }

    @Test
    void thePropertyOverridesEverything() {
        assertEquals(Path.of("/tmp/x"), ConfigFolder.resolve("/tmp/x", "Linux", "/home/ann", Map.of()));
    }
}
