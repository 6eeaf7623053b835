package processlab.ui.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import processlab.lesson.DemoSpec;
import processlab.run.Recording;
import processlab.run.RunKind;

/**
 * The state and commands of a demo panel: editable parameters within the demo block's limits, the runs to
 * compare, and {@link #run()} / {@link #stop()}. Runs are started and awaited on one named daemon thread per
 * press of Run, one after another (or all at once when asked); the view is told only of run starts and ends,
 * through the UI executor — the live pictures read each Recording once per frame.
 *
 * <p>Speed-up is measured, not guessed: after the compared runs, each kind is run again with one worker on the
 * same tasks, and speed-up = that wall time ÷ the run's wall time. (Estimating it from CPU time would be wrong
 * for waiting work such as {@code sleep}, which uses no CPU yet gains from more workers.)
 */
public final class DemoViewModel {

    private static final System.Logger LOG = System.getLogger(DemoViewModel.class.getName());
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private final DemoSpec spec;
    private final DemoRunner runner;
    private final Executor ui;

    private final IntegerProperty workers = new SimpleIntegerProperty(this, "workers");
    private final LongProperty size = new SimpleLongProperty(this, "size");
    private final BooleanProperty together = new SimpleBooleanProperty(this, "together");
    private final BooleanProperty measureSpeedUp = new SimpleBooleanProperty(this, "measureSpeedUp", true);
    private final Map<RunKind, BooleanProperty> compared = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Recording> liveRecording = new ReadOnlyObjectWrapper<>(this, "live");
    private final ObservableList<RunEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<RunEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);

    private volatile Attempt current;

    public DemoViewModel(DemoSpec spec, DemoRunner runner, Executor ui) {
        this.spec = spec;
        this.runner = runner;
        this.ui = ui;
        workers.set(spec.workers());
        size.set(spec.size());
        together.set(spec.together());
        for (RunKind kind : RunKind.values()) {
            compared.put(kind, new SimpleBooleanProperty(this, kind.id(), spec.runs().contains(kind)));
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

    public BooleanProperty togetherProperty() {
        return together;
    }

    public BooleanProperty measureSpeedUpProperty() {
        return measureSpeedUp;
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

    /** The run whose cores and output are shown now: the one running, else the last one that ran. */
    public ReadOnlyObjectProperty<Recording> liveRecordingProperty() {
        return liveRecording.getReadOnlyProperty();
    }

    public ObservableList<RunEntry> entries() {
        return readOnlyEntries;
    }

    /** The parameters as edited, clamped to the demo block's limits. */
    public DemoParameters parameters() {
        int w = Math.max(1, Math.min(DemoParameters.MAX_WORKERS, workers.get()));
        long s = Math.max(spec.task().minSize(), Math.min(spec.task().maxSize(), size.get()));
        // A block that leaves tasks at its default (one per worker) keeps that when the workers change.
        int tasks = spec.tasks() == spec.workers() ? w : spec.tasks();
        return new DemoParameters(w, tasks, spec.task(), s, spec.timeoutSeconds(), spec.startMethod(),
                spec.freeThreaded());
    }

    /** Starts the chosen runs; a run still going is stopped first. */
    public void run() {
        stop();
        List<RunKind> kinds = new ArrayList<>();
        compared.forEach((kind, on) -> {
            if (on.get()) {
                kinds.add(kind);
            }
        });
        if (kinds.isEmpty()) {
            message.set("Choose at least one run to compare.");
            return;
        }
        entries.setAll(kinds.stream().map(RunEntry::new).toList());
        Attempt attempt = new Attempt(List.copyOf(entries), parameters(), together.get(), measureSpeedUp.get());
        current = attempt;
        running.set(true);
        message.set(attempt.together ? "Running all at once…" : "Running one after another…");
        Thread thread = new Thread(attempt::go, "processlab-demo-" + THREAD_IDS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends every run of the demo, the ones going and the ones not yet started; returns at once. */
    public void stop() {
        Attempt attempt = current;
        if (attempt != null) {
            attempt.cancel();
        }
    }

    /** One press of Run: its runs, started and awaited on its own thread. */
    private final class Attempt {

        private final List<RunEntry> entries;
        private final DemoParameters parameters;
        private final boolean together;
        private final boolean measureSpeedUp;
        private final Set<DemoRunner.DemoRun> active = ConcurrentHashMap.newKeySet();
        private volatile boolean cancelled;

        Attempt(List<RunEntry> entries, DemoParameters parameters, boolean together, boolean measureSpeedUp) {
            this.entries = entries;
            this.parameters = parameters;
            this.together = together;
            this.measureSpeedUp = measureSpeedUp;
        }

        void cancel() {
            cancelled = true;
            active.forEach(DemoRunner.DemoRun::stop);
        }

        void go() {
            try {
                if (together) {
                    List<Started> all = new ArrayList<>();
                    for (RunEntry entry : entries) {
                        start(entry, parameters).ifPresent(all::add);
                    }
                    for (Started started : all) {
                        finish(started);
                    }
                } else {
                    for (RunEntry entry : entries) {
                        Optional<Started> started = start(entry, parameters);
                        if (started.isPresent()) {
                            finish(started.get());
                        }
                    }
                }
                measureSpeedUps();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "demo run failed", e);
                ui.execute(() -> message.set("The demo failed: " + e.getMessage()));
            } finally {
                active.forEach(DemoRunner.DemoRun::stop);
                ui.execute(this::done);
            }
        }

        private Optional<Started> start(RunEntry entry, DemoParameters params) {
            if (cancelled) {
                return Optional.empty();
            }
            try {
                DemoRunner.DemoRun run = runner.start(entry.kind(), params);
                active.add(run);
                if (cancelled) {
                    run.stop();
                }
                ui.execute(() -> {
                    entry.started(run.recording());
                    liveRecording.set(run.recording());
                });
                return Optional.of(new Started(entry, run));
            } catch (DemoRunner.DemoRunException e) {
                ui.execute(() -> entry.failed(e.getMessage()));
                return Optional.empty();
            }
        }

        private String await(DemoRunner.DemoRun run) throws InterruptedException {
            try {
                return run.ended().get();
            } catch (ExecutionException e) {
                return "ended: " + e.getCause().getMessage();
            } finally {
                active.remove(run);
            }
        }

        private void finish(Started started) throws InterruptedException {
            String how = await(started.run);
            ui.execute(() -> started.entry.ended(how));
        }

        private void measureSpeedUps() throws InterruptedException {
            for (RunEntry entry : entries) {
                if (cancelled) {
                    return;
                }
                if (!measureSpeedUp) {
                    ui.execute(() -> entry.baselineMissing("not measured (turned off)"));
                    continue;
                }
                if (parameters.workers() == 1) {
                    ui.execute(() -> entry.baselineMeasured(entry.statsProperty().get()));
                    continue;
                }
                ui.execute(() -> {
                    entry.baselineMeasuring();
                    message.set("Measuring speed-up: " + entry.title() + " with 1 worker…");
                });
                try {
                    DemoRunner.DemoRun run = runner.start(entry.kind(), parameters.oneWorker());
                    active.add(run);
                    if (cancelled) {
                        run.stop();
                    }
                    ui.execute(() -> liveRecording.set(run.recording()));
                    String how = await(run);
                    RunStats oneWorker = RunStats.of(run.recording());
                    boolean finished = how.startsWith("finished") && !cancelled;
                    ui.execute(() -> {
                        if (finished) {
                            entry.baselineMeasured(oneWorker);
                        } else {
                            entry.baselineMissing("not measured (1-worker run " + how + ")");
                        }
                    });
                } catch (DemoRunner.DemoRunException e) {
                    ui.execute(() -> entry.baselineMissing("not measured: " + e.getMessage()));
                }
            }
        }

        private void done() {
            entries.forEach(RunEntry::cancelled);
            if (current == this) {
                running.set(false);
                message.set(cancelled ? "Stopped." : "Done. Hover a lane for details; Ctrl+wheel zooms, drag pans.");
            }
        }
    }

    private record Started(RunEntry entry, DemoRunner.DemoRun run) {
    }
}
