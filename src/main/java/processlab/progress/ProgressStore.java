package processlab.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The student's progress: lessons read (their end was on screen), exercises passed and the code that passed them,
 * quiz answers, the lesson last open.
 *
 * <p>Reads are from memory and cheap, so the UI may call them freely. Every change schedules a save on one
 * named daemon thread (never the FX thread); saves coalesce, and each writes a temp file then moves it over
 * {@code progress.json} atomically, so a crash mid-save leaves the old file whole. A file that cannot be read,
 * or is no regular file (a named pipe would block the read forever), is renamed aside and reported through
 * {@link #loadMessage()}; the app then starts with empty progress.
 */
public final class ProgressStore implements AutoCloseable {

    public static final String FILE_NAME = "progress.json";
    private static final System.Logger LOG = System.getLogger(ProgressStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Path file;
    private final Object lock = new Object();
    private final ProgressData data;
    private final String loadMessage;
    private final SaveThread saver = new SaveThread("progress-save");
    private final AtomicBoolean savePending = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> saveListeners = new CopyOnWriteArrayList<>();
    private volatile String saveProblem = "";

    private ProgressStore(Path folder, ProgressData data, String loadMessage) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
        this.data = data;
        this.loadMessage = loadMessage;
        saver.removeStaleTemps(file);
    }

    /** Opens the progress kept in the user's configuration folder. */
    public static ProgressStore openDefault() {
        return open(ConfigFolder.resolve());
    }

    /**
     * Opens the progress kept in {@code folder}; never throws for a missing, unreadable or damaged file. Entries
     * saved under a lesson's old id ({@link LessonRenames}) come back under its new one.
     */
    public static ProgressStore open(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try (InputStream in = RegularFiles.newInputStream(file)) {
            return new ProgressStore(folder, LessonRenames.apply(ProgressJson.read(in)), "");
        } catch (NoSuchFileException missing) {
            return new ProgressStore(folder, new ProgressData(), "");
        } catch (IOException | RuntimeException damaged) {
            LOG.log(System.Logger.Level.WARNING, "Progress file " + file + " is damaged: " + damaged.getMessage());
            return new ProgressStore(folder, new ProgressData(), setAside(file, damaged));
        }
    }

    private static String setAside(Path file, Exception why) {
        Path aside = file.resolveSibling(
                FILE_NAME + ".damaged-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "Your saved progress could not be read (" + shortReason(why) + "). It was kept as "
                    + aside.getFileName() + " in " + file.getParent() + ", and progress starts afresh.";
        } catch (IOException moveFailed) {
            return "Your saved progress at " + file + " could not be read (" + shortReason(why)
                    + ") nor set aside; progress starts afresh and will overwrite it.";
        }
    }

    private static String shortReason(Exception why) {
        String message = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        int lineEnd = message.indexOf('\n');
        return lineEnd < 0 ? message : message.substring(0, lineEnd);
    }

    /** Empty when the file loaded (or did not exist); otherwise a sentence for the UI to show once. */
    public String loadMessage() {
        return loadMessage;
    }

    /** Empty unless the last save failed; then why (the UI may show it). */
    public String saveProblem() {
        return saveProblem;
    }

    /**
     * Told the {@link #saveProblem()} whenever it changes: a save failed (the text says why) or saving works
     * again (empty text). Called on the save thread, so a UI listener hands it to its own thread.
     */
    public void addSaveListener(Consumer<String> listener) {
        saveListeners.add(listener);
    }

    public Path file() {
        return file;
    }

    /** Called after every change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    // ---- reads -----------------------------------------------------------------------------------------

    public boolean isLessonRead(String lessonId) {
        synchronized (lock) {
            return data.lessonsRead.contains(lessonId);
        }
    }

    public boolean isExercisePassed(String lessonId, String exerciseId) {
        synchronized (lock) {
            return data.exercisesPassed.contains(ProgressData.exerciseKey(lessonId, exerciseId));
        }
    }

    /** The code of the student's last passing check of this exercise, if it was ever passed with this app. */
    public Optional<String> exerciseSolution(String lessonId, String exerciseId) {
        synchronized (lock) {
            return Optional.ofNullable(data.exerciseSolutions.get(ProgressData.exerciseKey(lessonId, exerciseId)));
        }
    }

    /** What the class predicted for a demo's run before running it ({@code key}: lesson/demo/run), if anything. */
    public Optional<String> demoPrediction(String key) {
        synchronized (lock) {
            return Optional.ofNullable(data.demoPredictions.get(key));
        }
    }

    /** Keeps a demo prediction with the progress; an empty value forgets it. */
    public void recordDemoPrediction(String key, String value) {
        boolean changed;
        synchronized (lock) {
            changed = value.isEmpty()
                    ? data.demoPredictions.remove(key) != null
                    : !value.equals(data.demoPredictions.put(key, value));
        }
        changed(changed);
    }

    public Optional<QuizAnswer> quizAnswer(QuizKey key) {
        synchronized (lock) {
            return Optional.ofNullable(data.quizAnswers.get(key));
        }
    }

    public Optional<String> lastLesson() {
        synchronized (lock) {
            return data.lastLesson.isEmpty() ? Optional.empty() : Optional.of(data.lastLesson);
        }
    }

    // ---- changes ---------------------------------------------------------------------------------------

    public void markLessonRead(String lessonId) {
        boolean changed;
        synchronized (lock) {
            changed = data.lessonsRead.add(lessonId);
        }
        changed(changed);
    }

    public void markExercisePassed(String lessonId, String exerciseId) {
        boolean changed;
        synchronized (lock) {
            changed = data.exercisesPassed.add(ProgressData.exerciseKey(lessonId, exerciseId));
        }
        changed(changed);
    }

    /** Marks the exercise passed and keeps the code that passed, so the student finds it again after a restart. */
    public void recordPassingSolution(String lessonId, String exerciseId, String code) {
        boolean changed;
        synchronized (lock) {
            String key = ProgressData.exerciseKey(lessonId, exerciseId);
            boolean newPass = data.exercisesPassed.add(key);
            boolean newCode = !code.equals(data.exerciseSolutions.put(key, code));
            changed = newPass || newCode;
        }
        changed(changed);
    }

    public void recordQuizAnswer(QuizKey key, QuizAnswer answer) {
        boolean changed;
        synchronized (lock) {
            changed = !answer.equals(data.quizAnswers.put(key, answer));
            if (changed) {
                // What a newer version kept beside the old answer (its time, say) would now describe the new one.
                data.unknownAnswerFields.remove(key);
            }
        }
        changed(changed);
    }

    public void setLastLesson(String lessonId) {
        boolean changed;
        synchronized (lock) {
            changed = !lessonId.equals(data.lastLesson);
            data.lastLesson = lessonId;
        }
        changed(changed);
    }

    private void changed(boolean changed) {
        if (!changed) {
            return;
        }
        // One queued save writes the newest state; later changes before it runs need no save of their own.
        if (savePending.compareAndSet(false, true)) {
            saver.execute(this::saveNow);
        }
        listeners.forEach(Runnable::run);
    }

    private void saveNow() {
        savePending.set(false);
        ProgressData snapshot;
        synchronized (lock) {
            snapshot = data.copy();
        }
        try {
            SaveThread.replace(file, out -> ProgressJson.write(snapshot, out));
            saved("");
        } catch (IOException | RuntimeException failed) {
            String problem = "Progress could not be saved to " + file + ": " + shortReason(failed);
            LOG.log(System.Logger.Level.WARNING, problem, failed);
            saved(problem);
        }
    }

    private void saved(String problem) {
        if (!problem.equals(saveProblem)) {
            saveProblem = problem;
            saveListeners.forEach(listener -> listener.accept(problem));
        }
    }

    /** Waits until every change made so far is on disk (or its save failed). */
    public void flush() {
        saver.flush();
    }

    /** Saves what is pending and stops the save thread. */
    @Override
    public void close() {
        saver.close();
    }
}
