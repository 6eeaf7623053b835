package processlab.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;

/**
 * Work the app can do while the JavaFX toolkit starts: read the lesson folder. Begun by the launcher before
 * {@code Application.launch} and handed to the app, which takes the lessons over if the folder matches. Never
 * required: if nothing was begun, the app simply loads the lessons itself. (Loading the first lesson's classes here
 * as well was measured and gained nothing: while the toolkit starts, the other core is busy compiling.)
 */
public final class EarlyStart {

    private final Path folder;
    private CompletableFuture<List<Lesson>> lessons;

    private EarlyStart(Path folder, CompletableFuture<List<Lesson>> lessons) {
        this.folder = folder;
        this.lessons = lessons;
    }

    /** Nothing begun early: the app reads its lessons itself. */
    public static EarlyStart none() {
        return new EarlyStart(null, null);
    }

    /** Starts reading {@code lessonsFolder} on a low-priority daemon thread. */
    public static EarlyStart begin(Path lessonsFolder) {
        CompletableFuture<List<Lesson>> result = new CompletableFuture<>();
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
        return new EarlyStart(lessonsFolder, result);
    }

    /** The lessons being read for {@code lessonsFolder}, once; empty if nothing was begun for it. */
    public synchronized Optional<CompletableFuture<List<Lesson>>> take(Path lessonsFolder) {
        if (lessons == null || !folder.equals(lessonsFolder)) {
            return Optional.empty();
        }
        CompletableFuture<List<Lesson>> taken = lessons;
        lessons = null;
        return Optional.of(taken);
    }
}
