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
import processlab.lesson.LessonLoader;
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

    public LessonLibrary() {
        this(LessonLoader::loadFolder);
    }

    public LessonLibrary(FolderLoader loader) {
        this.loader = loader;
    }

    public void load(Path folder, Optional<String> preferredId, ShellViewModel viewModel) {
        // The launcher may have started reading this folder while the toolkit started.
        Optional<CompletableFuture<List<Lesson>>> early = processlab.ui.shell.EarlyStart.take(folder);
        if (early.isPresent() && early.get().isDone() && !early.get().isCompletedExceptionally()) {
            // Already read: show them now, so the window's first frame is the lesson, not an empty page.
            show(early.get().join(), folder, preferredId, viewModel);
            return;
        }
        Task<List<Lesson>> task = new Task<>() {
            @Override
            protected List<Lesson> call() throws Exception {
                if (!Files.isDirectory(folder)) {
                    throw new java.io.FileNotFoundException(
                            "lesson folder not found: " + folder.toAbsolutePath() + " (start with --lessons DIR)");
                }
                return early.isPresent() ? early.get().get() : loader.load(folder);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue(), folder, preferredId, viewModel));
        task.setOnFailed(e -> viewModel.showLoadFailure(describe(task.getException())));
        executor.execute(task);
    }

    private static void show(
            List<Lesson> lessons, Path folder, Optional<String> preferredId, ShellViewModel viewModel) {
        processlab.ui.probe.StartupTrace.mark("lessons loaded");
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
