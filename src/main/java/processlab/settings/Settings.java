package processlab.settings;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import processlab.progress.ConfigFolder;
import processlab.progress.RegularFiles;
import processlab.progress.SaveThread;

/**
 * The user's preferences (so far: the theme), in {@code settings.properties} beside the progress. Read once, at
 * start-up and before the window shows, so that the first frame already looks as the user left it. A change is
 * written on a named daemon thread (never the FX thread): a temp file, then moved over the old one, so a crash
 * leaves a whole file. A missing or unreadable file gives the defaults (a named pipe in its place is not read: it
 * would block); keys this app does not know are kept.
 */
public final class Settings implements AutoCloseable {

    public static final String FILE_NAME = "settings.properties";
    static final String THEME = "theme";
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());

    private final Optional<Path> file;
    private final Map<String, String> values;
    private final SaveThread saver = new SaveThread("settings-save");

    private Settings(Optional<Path> file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** The settings in the user's configuration folder ({@link ConfigFolder}). */
    public static Settings openDefault() {
        return open(ConfigFolder.resolve());
    }

    /** The settings kept in {@code folder}; never throws. */
    public static Settings open(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Map<String, String> values = new TreeMap<>();
        try (Reader in = new InputStreamReader(RegularFiles.newInputStream(file), StandardCharsets.UTF_8)) {
            Properties read = new Properties();
            read.load(in);
            read.stringPropertyNames().forEach(key -> values.put(key, read.getProperty(key)));
        } catch (NoSuchFileException missing) {
            // The first start: the defaults.
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "Settings " + file + " unreadable, defaults used: " + unreadable);
            values.clear();
        }
        Settings settings = new Settings(Optional.of(file), values);
        settings.saver.removeStaleTemps(file);
        return settings;
    }

    /** Settings that start at the defaults and are never written: for an app embedded in tests. */
    public static Settings inMemory() {
        return new Settings(Optional.empty(), new TreeMap<>());
    }

    public synchronized ThemeChoice theme() {
        return ThemeChoice.parse(values.get(THEME));
    }

    public void setTheme(ThemeChoice theme) {
        set(THEME, theme.id());
    }

    private void set(String key, String value) {
        Map<String, String> snapshot;
        synchronized (this) {
            if (value.equals(values.put(key, value))) {
                return;
            }
            snapshot = new TreeMap<>(values);
        }
        if (file.isPresent()) {
            saver.execute(() -> save(file.get(), snapshot));
        }
    }

    private static void save(Path file, Map<String, String> snapshot) {
        try {
            SaveThread.replace(file, out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                Properties written = new Properties();
                written.putAll(snapshot);
                written.store(writer, "ProcessLab settings");
                writer.flush();
            });
        } catch (IOException | RuntimeException failed) {
            // A preference that is not kept is no reason to bother the student mid-lesson.
            LOG.log(System.Logger.Level.WARNING, "Settings could not be saved to " + file + ": " + failed);
        }
    }

    /** Waits until every change made so far is written (or failed to be). */
    public void flush() {
        saver.flush();
    }

    /** Writes what is pending and stops the save thread. */
    @Override
    public void close() {
        saver.close();
    }
}
