package processlab.ui.demo;

import java.io.File;
import java.util.Locale;

/**
 * Where the export dialogs open: the folder of the last export while the app runs, else the user's home (the
 * folder the app was started from is often a build folder nobody looks in). Used on the FX thread only.
 */
final class ExportFolder {

    private static File last;

    private ExportFolder() {}

    static File initial() {
        if (last != null && last.isDirectory()) {
            return last;
        }
        File home = new File(System.getProperty("user.home"));
        return home.isDirectory() ? home : null;
    }

    static void remember(File exported) {
        File folder = exported.getAbsoluteFile().getParentFile();
        if (folder != null) {
            last = folder;
        }
    }

    /** A file name from a demo's title: "Threads take turns, processes run at once" → "threads-take-turns-…png". */
    static String fileName(String title, String extension) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return (slug.isEmpty() ? "timeline" : slug) + "." + extension;
    }
}
