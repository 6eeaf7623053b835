package processlab.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;

/**
 * Work the app can do while the JavaFX toolkit starts: read the lesson folder. Started by the launcher before
 * {@code Application.launch}; the app takes the lessons over if the folder matches. Never required: if this
 * did not run, the app simply loads the lessons itself. (Loading the first lesson's classes here as well was
 * measured and gained nothing: while the toolkit starts, the other core is busy compiling.)
 */
public final class EarlyStart {

    private static volatile Path folder;
    private static volatile CompletableFuture<List<Lesson>> lessons;

    private EarlyStart() {}

    public static synchronized void begin(Path lessonsFolder) {
        folder = lessonsFolder;
        lessons = new CompletableFuture<>();
        CompletableFuture<List<Lesson>> result = lessons;
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(LessonLoader.loadFolder(lessonsFolder));
                    } catch (IOException | RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                },
                "processlab-early-start");
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
}
