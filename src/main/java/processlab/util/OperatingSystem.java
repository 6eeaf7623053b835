package processlab.util;

import java.util.Locale;

/** The kind of system the app runs on, read once from {@code os.name}. */
public enum OperatingSystem {
    LINUX,
    MAC,
    WINDOWS,
    OTHER;

    private static final OperatingSystem CURRENT = of(System.getProperty("os.name", ""));

    public static OperatingSystem current() {
        return CURRENT;
    }

    /** The kind a given {@code os.name} value names ("Linux", "Mac OS X", "Windows 11", …). */
    public static OperatingSystem of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return MAC;
        }
        return os.contains("linux") ? LINUX : OTHER;
    }

    public static boolean isLinux() {
        return CURRENT == LINUX;
    }

    public static boolean isWindows() {
        return CURRENT == WINDOWS;
    }
}
