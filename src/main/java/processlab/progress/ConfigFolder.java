package processlab.progress;

import java.nio.file.Path;
import java.util.Map;
import processlab.util.OperatingSystem;

/**
 * Where ProcessLab keeps per-user files, following each system's convention. The system property
 * {@code processlab.config.dir} overrides it, so tests never touch the real user folder.
 *
 * <p>The home folder comes from the environment ({@code HOME}) before Java's {@code user.home}: Java reads
 * {@code user.home} from the password database, so {@code HOME=/x java -jar …} would still use the account's own
 * folder. On a shared lab machine a student who sets {@code HOME} or {@code XDG_CONFIG_HOME} gets progress of
 * their own.
 */
public final class ConfigFolder {

    public static final String OVERRIDE_PROPERTY = "processlab.config.dir";

    private ConfigFolder() {}

    public static Path resolve() {
        return resolve(
                System.getProperties().getProperty(OVERRIDE_PROPERTY),
                System.getProperty("os.name", ""),
                System.getProperty("user.home", "."),
                System.getenv());
    }

    /** The pure rule behind {@link #resolve()}, testable with any system's values and environment. */
    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        OperatingSystem os = OperatingSystem.of(osName);
        if (os == OperatingSystem.WINDOWS) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("ProcessLab");
        }
        String home = isSet(env.get("HOME")) ? env.get("HOME") : userHome;
        if (os == OperatingSystem.MAC) {
            return Path.of(home, "Library", "Application Support", "ProcessLab");
        }
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("processlab");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
