package processlab.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;

/**
 * Work the app can do while the JavaFX toolkit starts (about half a second in which one core idles): read
 * the lesson folder, then load the classes the first lesson needs. Started by the launcher before
 * {@code Application.launch}; the app takes the lessons over if the folder matches. Never required: if this
 * did not run, the app simply loads the lessons itself.
 */
public final class EarlyStart {

    /**
     * Classes the first lesson needs (controls, skins, CSS, Markdown), listed from a traced startup
     * ({@code java -Xlog:class+load -Dprocesslab.startupProbe=first-lesson -jar target/processlab.jar}, the
     * classes from processlab.jar loaded after ProcessLabApp). A stale list only warms less.
     */
    private static final String CLASS_LIST = "startup-classes.txt";

    private static volatile Path folder;
    private static volatile CompletableFuture<List<Lesson>> lessons;

    private EarlyStart() {
    }

    public static synchronized void begin(Path lessonsFolder) {
        folder = lessonsFolder;
        lessons = new CompletableFuture<>();
        CompletableFuture<List<Lesson>> result = lessons;
        Thread thread = new Thread(() -> {
            try {
                result.complete(LessonLoader.loadFolder(lessonsFolder));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
            preloadClasses();
        }, "processlab-early-start");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The lessons being read for {@code lessonsFolder}, once; empty if nothing was started for it. */
    public static synchronized Optional<CompletableFuture<List<Lesson>>> take(Path lessonsFolder) {
        if (lessons == null || !folder.equals(lessonsFolder)) {
            return Optional.empty();
        }
        CompletableFuture<List<Lesson>> taken = lessons;
        lessons = null;
        return Optional.of(taken);
    }

    /**
     * Loads (without initialising: static initialisers of controls need the toolkit) each listed class, so the
     * FX thread finds them parsed and defined. A missing class is skipped: the list is only a hint.
     */
    private static void preloadClasses() {
        ClassLoader loader = EarlyStart.class.getClassLoader();
        try (InputStream list = EarlyStart.class.getResourceAsStream(CLASS_LIST)) {
            if (list == null) {
                return;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a renamed class: nothing to warm
                }
            }
        } catch (IOException e) {
            // the hint is unreadable; startup is only a little slower
        }
    }
}
