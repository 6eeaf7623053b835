package processlab.ui.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import processlab.lesson.DemoSpec;
import processlab.recording.Recording;
import processlab.run.spec.RunKind;

/**
 * The state and commands of a demo panel: editable parameters within the demo block's limits, the runs to
 * compare, and {@link #run()} / {@link #stop()}. Each press of Run is a {@link DemoAttempt}, started and awaited
 * on the work executor (named daemon threads unless a test gives its own), runs one after another or all at once
 * when asked; the view is told only of run starts and ends, through the UI executor — the live pictures read
 * each Recording once per frame.
 *
 * <p>Speed-up is measured, not guessed: after the compared runs, each kind is run again with one worker on the
 * same tasks, and speed-up = that wall time ÷ the run's wall time. (Estimating it from CPU time would be wrong
 * for waiting work such as {@code sleep}, which uses no CPU yet gains from more workers.)
 */
public final class DemoViewModel {

    private final DemoSpec spec;
    private final DemoRunner runner;
    private final Executor ui;

    private final IntegerProperty workers = new SimpleIntegerProperty(this, "workers");
    private final LongProperty size = new SimpleLongProperty(this, "size");
    private final IntegerProperty switchInterval = new SimpleIntegerProperty(this, "switchInterval");
    private final BooleanProperty together = new SimpleBooleanProperty(this, "together");
    private final BooleanProperty measureSpeedUp = new SimpleBooleanProperty(this, "measureSpeedUp", true);
    private final Map<RunKind, BooleanProperty> compared = new LinkedHashMap<>();
    /** The class's guesses per kind of run: kept across presses of Run, as the cards are made anew each time. */
    private final Map<RunKind, ObjectProperty<Prediction>> predictions = new LinkedHashMap<>();

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Recording> liveRecording = new ReadOnlyObjectWrapper<>(this, "live");
    private final ReadOnlyObjectWrapper<RunEntry> outputShown = new ReadOnlyObjectWrapper<>(this, "outputShown");
    private final ReadOnlyBooleanWrapper anyRunStarted = new ReadOnlyBooleanWrapper(this, "anyRunStarted");
    private final ReadOnlyBooleanWrapper askingForPredictions = new ReadOnlyBooleanWrapper(this, "askingPredictions");
    private boolean askedForPredictions;
    private final ObservableList<RunEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<RunEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);

    private final DemoAttempt.Screen screen = new AttemptScreen();
    private final Executor work;
    private volatile DemoAttempt current;
    private boolean closed;

    /** Runs on the demo's own pool of named daemon threads, shut down by {@link #close()}. */
    public DemoViewModel(DemoSpec spec, DemoRunner runner, Executor ui) {
        this(spec, runner, ui, DemoThreads.pool("processlab-demo-"));
    }

    /**
     * @param ui   where the view's state changes (the FX thread in the app; tests may run them directly)
     * @param work where each press of Run starts and awaits its runs; owned from now on: an ExecutorService is
     *             shut down by {@link #close()}
     */
    public DemoViewModel(DemoSpec spec, DemoRunner runner, Executor ui, Executor work) {
        this(spec, runner, ui, work, PredictionMemory.NONE);
    }

    /** @param memory where the class's predictions are kept between sessions (the student's progress) */
    public DemoViewModel(DemoSpec spec, DemoRunner runner, Executor ui, Executor work, PredictionMemory memory) {
        this.spec = spec;
        this.runner = runner;
        this.ui = ui;
        this.work = work;
        workers.set(spec.workers());
        size.set(spec.size());
        switchInterval.set(spec.switchIntervalMs());
        together.set(spec.together());
        for (RunKind kind : RunKind.values()) {
            compared.put(
                    kind, new SimpleBooleanProperty(this, kind.id(), spec.runs().contains(kind)));
            ObjectProperty<Prediction> prediction = new SimpleObjectProperty<>(
                    this,
                    "prediction-" + kind.id(),
                    memory.load(kind).map(Prediction::fromText).orElse(Prediction.NONE));
            prediction.addListener((obs, old, now) -> memory.save(kind, now.toText()));
            predictions.put(kind, prediction);
        }
        for (RunKind kind : spec.runs()) {
            entries.add(new RunEntry(kind));
        }
    }

    public DemoSpec spec() {
        return spec;
    }

    public String title() {
        return spec.title().isEmpty() ? "Live demo" : spec.title();
    }

    public IntegerProperty workersProperty() {
        return workers;
    }

    public LongProperty sizeProperty() {
        return size;
    }

    /** The GIL's switch interval for Python thread runs, in ms; 0 (a demo that does not set it) = Python's own. */
    public IntegerProperty switchIntervalProperty() {
        return switchInterval;
    }

    public BooleanProperty togetherProperty() {
        return together;
    }

    public BooleanProperty measureSpeedUpProperty() {
        return measureSpeedUp;
    }

    /** What the class predicted for a kind of run before it ran (Prediction.NONE until someone guesses). */
    public ObjectProperty<Prediction> predictionProperty(RunKind kind) {
        return predictions.get(kind);
    }

    /** How many cores this machine has: the most a prediction of cores busy can say. */
    public int machineCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Whether a kind of run takes part; every kind is offered, the demo block's are on at first. */
    public BooleanProperty comparedProperty(RunKind kind) {
        return compared.get(kind);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the demo is doing or why it cannot, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Puts a line in the status line (an export's outcome); call on the FX thread. */
    void tell(String text) {
        message.set(text);
    }

    /** The run the core meters follow: the one running (a speed-up run too), else the last one that ran. */
    public ReadOnlyObjectProperty<Recording> liveRecordingProperty() {
        return liveRecording.getReadOnlyProperty();
    }

    /**
     * The compared run whose processes' output is shown: the one that started last, unless the student picked
     * another with {@link #showOutputOf}. Never a 1-worker speed-up run: its pids are on no timeline.
     */
    public ReadOnlyObjectProperty<RunEntry> outputShownProperty() {
        return outputShown.getReadOnlyProperty();
    }

    /** Whether a run has started since the demo was shown: only then is there something to export. */
    public ReadOnlyBooleanProperty anyRunStartedProperty() {
        return anyRunStarted.getReadOnlyProperty();
    }

    /** Shows the output of one of the compared runs on screen. */
    public void showOutputOf(RunEntry entry) {
        if (entries.contains(entry)) {
            outputShown.set(entry);
        }
    }

    public ObservableList<RunEntry> entries() {
        return readOnlyEntries;
    }

    /** The parameters as edited, clamped to the demo block's limits. */
    public DemoParameters parameters() {
        int w = DemoSpec.clampWorkers(workers.get());
        long s = spec.clampSize(size.get());
        // A block that leaves tasks at its default (one per worker) keeps that when the workers change.
        int tasks = spec.tasks() == spec.workers() ? w : spec.tasks();
        int interval = spec.switchIntervalMs() == 0 ? 0 : DemoSpec.clampSwitchInterval(switchInterval.get());
        return new DemoParameters(
                w, tasks, spec.workload(), s, spec.timeoutSeconds(), spec.startMethod(), spec.freeThreaded(), interval);
    }

    /** Whether the demo is asking the class to predict before it runs (the Predict step of a presentation). */
    public ReadOnlyBooleanProperty askingForPredictionsProperty() {
        return askingForPredictions.getReadOnlyProperty();
    }

    /**
     * Run in front of a class: predict, then run. When nobody has predicted anything for the runs to compare, the
     * first call asks for predictions instead of running; the next call runs, predicted or not. It asks once per
     * demo on the page: the class has seen the question.
     */
    public void runForTheClass() {
        boolean nothingPredicted = compared.entrySet().stream()
                .filter(e -> e.getValue().get())
                .allMatch(e -> predictions.get(e.getKey()).get().isEmpty());
        if (nothingPredicted && !askedForPredictions && !running.get()) {
            askedForPredictions = true;
            // The question first: the view shows it when asked, and scrolls to it with its full height.
            message.set("Predict first: how many cores will each run keep busy, and how much faster than one worker"
                    + " will it be? Choose below, then press R again to run.");
            askingForPredictions.set(true);
            return;
        }
        run();
    }

    /** Starts the chosen runs; a run still going is stopped first. */
    public void run() {
        askingForPredictions.set(false);
        stop();
        if (closed) {
            message.set("This demo was closed with its lesson; open the lesson again to run it.");
            return;
        }
        // The demo block's runs in the block's order (the lesson's text follows it), then any added by hand.
        List<RunKind> kinds = new ArrayList<>();
        for (RunKind kind : spec.runs()) {
            if (compared.get(kind).get()) {
                kinds.add(kind);
            }
        }
        compared.forEach((kind, on) -> {
            if (on.get() && !kinds.contains(kind)) {
                kinds.add(kind);
            }
        });
        if (kinds.isEmpty()) {
            message.set("Choose at least one run to compare.");
            return;
        }
        entries.setAll(kinds.stream().map(kind -> new RunEntry(kind, true)).toList());
        outputShown.set(null);
        DemoAttempt attempt = new DemoAttempt(
                List.copyOf(entries), parameters(), together.get(), measureSpeedUp.get(), runner, ui, screen);
        current = attempt;
        running.set(true);
        message.set(attempt.together() ? "Running all at once…" : "Running one after another…");
        try {
            work.execute(attempt::go);
        } catch (RejectedExecutionException e) {
            current = null;
            running.set(false);
            message.set("The demo could not start: " + e.getMessage());
        }
    }

    /** Ends every run of the demo, the ones going and the ones not yet started; returns at once. */
    public void stop() {
        DemoAttempt attempt = current;
        if (attempt != null) {
            attempt.cancel();
        }
    }

    /**
     * Ends every run and lets the work threads go (the lesson is left). What the runs showed stays on screen and
     * can still be exported; Run then only says the demo was closed. Safe to call more than once.
     */
    public void close() {
        stop();
        closed = true;
        if (work instanceof ExecutorService pool) {
            pool.shutdown(); // not shutdownNow: the attempt, already told to stop, still reports how its runs ended
        }
    }

    /** The attempt's news, applied on the FX thread; an attempt replaced by a newer one no longer sets state. */
    private final class AttemptScreen implements DemoAttempt.Screen {

        @Override
        public void message(String text) {
            message.set(text);
        }

        @Override
        public void started(RunEntry entry, Recording recording) {
            liveRecording.set(recording);
            outputShown.set(entry);
            anyRunStarted.set(true);
        }

        @Override
        public void measuring(Recording recording) {
            liveRecording.set(recording);
        }

        @Override
        public void ended(DemoAttempt attempt) {
            attempt.entries().forEach(RunEntry::cancelled);
            if (current == attempt) {
                running.set(false);
                message.set(
                        attempt.cancelled()
                                ? "Stopped."
                                : "Done. Hover a lane for details; Ctrl+wheel zooms, drag pans.");
            }
        }
    }
}
