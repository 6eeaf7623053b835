package processlab.progress;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ProcessLab keeps per-user files, following each system's convention. The system property
 * {@code processlab.config.dir} overrides it, so tests never touch the real user folder.
 */
public final class ConfigFolder {

    public static final String OVERRIDE_PROPERTY = "processlab.config.dir";

    private ConfigFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The pure rule behind {@link #resolve()}, testable with any system's values. */
    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("ProcessLab");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(home, "Library", "Application Support", "ProcessLab");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("processlab");
    }
}
