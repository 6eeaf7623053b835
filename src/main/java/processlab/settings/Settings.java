package processlab.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import processlab.progress.ConfigFolder;

/**
 * The user's preferences (so far: the theme), in {@code settings.properties} beside the progress. Read once, at
 * start-up and before the window shows, so that the first frame already looks as the user left it. A change is
 * written on a named daemon thread (never the FX thread): a temp file, then moved over the old one, so a crash
 * leaves a whole file. A missing or unreadable file gives the defaults; keys this app does not know are kept.
 */
public final class Settings implements AutoCloseable {

    public static final String FILE_NAME = "settings.properties";
    static final String THEME = "theme";
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());

    private final Optional<Path> file;
    private final Map<String, String> values;
    private final ExecutorService saver;

    private Settings(Optional<Path> file, Map<String, String> values) {
        this.file = file;
        this.values = values;
        this.saver = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "settings-save");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The settings in the user's configuration folder ({@link ConfigFolder}). */
    public static Settings openDefault() {
        return open(ConfigFolder.resolve());
    }

    /** The settings kept in {@code folder}; never throws. */
    public static Settings open(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Map<String, String> values = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties read = new Properties();
            read.load(in);
            read.stringPropertyNames().forEach(key -> values.put(key, read.getProperty(key)));
        } catch (NoSuchFileException missing) {
            // The first start: the defaults.
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "Settings " + file + " unreadable, defaults used: " + unreadable);
            values.clear();
        }
        return new Settings(Optional.of(file), values);
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
        if (file.isPresent() && !saver.isShutdown()) {
            saver.execute(() -> save(file.get(), snapshot));
        }
    }

    private static void save(Path file, Map<String, String> snapshot) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    Properties written = new Properties();
                    written.putAll(snapshot);
                    written.store(out, "ProcessLab settings");
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException failed) {
            // A preference that is not kept is no reason to bother the student mid-lesson.
            LOG.log(System.Logger.Level.WARNING, "Settings could not be saved to " + file + ": " + failed);
        }
    }

    /** Waits until every change made so far is written (or failed to be). */
    public void flush() {
        if (saver.isShutdown()) {
            return;
        }
        try {
            saver.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception interruptedOrStuck) {
            LOG.log(System.Logger.Level.WARNING, "Settings save did not finish", interruptedOrStuck);
            if (interruptedOrStuck instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes what is pending and stops the save thread. */
    @Override
    public void close() {
        flush();
        saver.shutdown();
    }
}
