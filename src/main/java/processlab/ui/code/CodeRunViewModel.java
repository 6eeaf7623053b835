package processlab.ui.code;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import processlab.exercise.PythonError;
import processlab.exercise.Tracebacks;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.run.spec.RunException;
import processlab.tryit.CodeLanguage;
import processlab.tryit.CodeRunner;
import processlab.tryit.RunningCode;
import processlab.worker.ExitStatus;

/**
 * Runs code and tells the view how it went: running or not, a status line, the run's Recording, and the
 * first error with a line in the student's file. Starting happens off the FX thread; results come back
 * through the UI executor once per run.
 */
public final class CodeRunViewModel {

    private final CodeRunner runner;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Recording> recording = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PythonError> error = new ReadOnlyObjectWrapper<>();
    private volatile RunningCode current;
    private volatile boolean stopRequested;

    public CodeRunViewModel(CodeRunner runner, Executor background, Executor ui) {
        this.runner = runner;
        this.background = background;
        this.ui = ui;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The run on screen: set when it starts, kept after it ends. */
    public ReadOnlyObjectProperty<Recording> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** The error the run ended with, or null. */
    public ReadOnlyObjectProperty<PythonError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Starts the code unless a run is going on. {@code whenDone} gets the finished run on the UI executor.
     */
    public void run(CodeLanguage language, String source, Consumer<FinishedRun> whenDone) {
        run(language, source, Optional.empty(), whenDone);
    }

    /** As {@link #run(CodeLanguage, String, Consumer)}, for code that needs at least that Python ("3.14"). */
    public void run(
            CodeLanguage language, String source, Optional<String> minimumPython, Consumer<FinishedRun> whenDone) {
        if (running.get()) {
            return;
        }
        running.set(true);
        stopRequested = false;
        error.set(null);
        status.set("Starting…");
        try {
            background.execute(() -> start(language, source, minimumPython, whenDone));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            running.set(false);
            status.set("Cannot run: the app is closing.");
        }
    }

    /** On the background executor: starting writes the script and launches the process. */
    private void start(
            CodeLanguage language, String source, Optional<String> minimumPython, Consumer<FinishedRun> whenDone) {
        RunningCode started;
        try {
            started = minimumPython.isPresent()
                    ? runner.start(language, source, minimumPython.get())
                    : runner.start(language, source);
        } catch (RunException | RuntimeException e) {
            ui.execute(() -> {
                running.set(false);
                status.set(e.getMessage() == null ? "Could not start the code." : e.getMessage());
            });
            return;
        }
        current = started;
        ui.execute(() -> {
            recording.set(started.recording());
            status.set("Running…");
        });
        if (stopRequested) {
            started.stop();
        }
        started.finished().whenComplete((finished, failure) -> ui.execute(() -> done(started, whenDone)));
    }

    /** Forgets the last run (Reset): its output, error and status. Ignored while a run is going on. */
    public void clear() {
        if (running.get()) {
            return;
        }
        recording.set(null);
        error.set(null);
        status.set("");
    }

    public void stop() {
        stopRequested = true;
        RunningCode run = current;
        if (run != null) {
            run.stop();
        }
    }

    private void done(RunningCode run, Consumer<FinishedRun> whenDone) {
        current = null;
        Recording finished = run.recording();
        List<PythonError> errors = Tracebacks.find(finished.outputAfter(-1), run.scriptName());
        PythonError first = errors.stream()
                .filter(PythonError::hasLine)
                .findFirst()
                .orElse(errors.isEmpty() ? null : errors.get(0));
        error.set(first);
        status.set(describe(finished, first, stopRequested));
        running.set(false);
        whenDone.accept(new FinishedRun(finished, run.scriptName(), stopRequested));
    }

    static String describe(Recording finished, PythonError error, boolean stopped) {
        double seconds = finished.endNs() / 1e9;
        String time = String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        if (stopped) {
            return "Stopped after " + time + ".";
        }
        if (error != null) {
            return (error.hasLine() ? "Error on line " + error.line() + ": " : "Error: ") + error.summary();
        }
        OptionalInt exit = finished.processes().stream()
                .findFirst()
                .map(ProcessInfo::exitCode)
                .orElse(OptionalInt.empty());
        int children = finished.processes().size() - 1;
        String tree = children <= 0
                ? ""
                : children == 1
                        ? " (main program and 1 child process)"
                        : " (main program and " + children + " child processes)";
        return exit.isPresent()
                ? "Finished in " + time + ", " + ExitStatus.describe(exit.getAsInt()) + tree + "."
                : "Finished in " + time + tree + ".";
    }

    /** A run that ended, for whoever judges it. */
    public record FinishedRun(Recording recording, String scriptName, boolean stopped) {}
}
