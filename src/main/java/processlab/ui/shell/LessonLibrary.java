package processlab.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.concurrent.Task;

import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;

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

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "processlab-lesson-loader");
        thread.setDaemon(true);
        return thread;
    });

    public LessonLibrary() {
        this(LessonLoader::loadFolder);
    }

    public LessonLibrary(FolderLoader loader) {
        this.loader = loader;
    }

    public void load(Path folder, Optional<String> preferredId, ShellViewModel viewModel) {
        Task<List<Lesson>> task = new Task<>() {
            @Override
            protected List<Lesson> call() throws Exception {
                if (!Files.isDirectory(folder)) {
                    throw new java.io.FileNotFoundException("lesson folder not found: " + folder.toAbsolutePath()
                            + " (start with --lessons DIR)");
                }
                // The launcher may have started reading this folder while the toolkit started.
                var early = processlab.ui.EarlyStart.take(folder);
                return early.isPresent() ? early.get().get() : loader.load(folder);
            }
        };
        task.setOnSucceeded(e -> {
            List<Lesson> lessons = task.getValue();
            if (lessons.isEmpty()) {
                viewModel.showLoadFailure("No lessons (*.md) in " + folder.toAbsolutePath());
            } else {
                viewModel.showLessons(lessons, preferredId);
            }
        });
        task.setOnFailed(e -> viewModel.showLoadFailure(describe(task.getException())));
        executor.execute(task);
    }

    private static String describe(Throwable error) {
        return error instanceof java.io.FileNotFoundException ? error.getMessage()
                : "Could not read the lessons: " + error;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
