package processlab.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import processlab.lesson.Lesson;
import processlab.util.DaemonThreads;

/**
 * Loads the lesson folder on a named daemon thread and hands the result to the view-model on the FX thread,
 * so the window shows at once and never waits on the disk.
 */
public final class LessonLibrary implements AutoCloseable {

    /** Reads a lesson folder; {@code LessonLoader::loadFolder} in the app, hand-made lessons in some tests. */
    @FunctionalInterface
    public interface FolderLoader {
        List<Lesson> load(Path folder) throws java.io.IOException;
    }

    private final FolderLoader loader;

    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(DaemonThreads.named("processlab-lesson-loader"));

    private final EarlyStart early;

    public LessonLibrary(FolderLoader loader) {
        this(loader, EarlyStart.none());
    }

    /** @param early what the launcher began reading while the toolkit started, taken over if it is this folder */
    public LessonLibrary(FolderLoader loader, EarlyStart early) {
        this.loader = loader;
        this.early = early;
    }

    public void load(Path folder, Optional<String> preferredId, ShellViewModel viewModel) {
        // The launcher may have started reading this folder while the toolkit started.
        Optional<CompletableFuture<List<Lesson>>> begun = early.take(folder);
        if (begun.isPresent() && begun.get().isDone() && !begun.get().isCompletedExceptionally()) {
            // Already read: show them now, so the window's first frame is the lesson, not an empty page.
            show(begun.get().join(), folder, preferredId, viewModel);
            return;
        }
        Task<List<Lesson>> task = new Task<>() {
            @Override
            protected List<Lesson> call() throws Exception {
                if (!Files.isDirectory(folder)) {
                    throw new java.io.FileNotFoundException(
                            "lesson folder not found: " + folder.toAbsolutePath() + " (start with --lessons DIR)");
                }
                return begun.isPresent() ? begun.get().get() : loader.load(folder);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue(), folder, preferredId, viewModel));
        task.setOnFailed(e -> viewModel.showLoadFailure(describe(task.getException())));
        executor.execute(task);
    }

    private static void show(
            List<Lesson> lessons, Path folder, Optional<String> preferredId, ShellViewModel viewModel) {
        processlab.ui.common.StartupTrace.mark("lessons loaded");
        if (lessons.isEmpty()) {
            viewModel.showLoadFailure("No lessons (*.md) in " + folder.toAbsolutePath());
        } else {
            viewModel.showLessons(lessons, preferredId);
        }
    }

    private static String describe(Throwable error) {
        return error instanceof java.io.FileNotFoundException
                ? error.getMessage()
                : "Could not read the lessons: " + error;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
