package processlab.ui.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import processlab.recording.Recording;

/**
 * One press of Run: its runs, started and awaited on a worker thread, one after another or all at once, then the
 * 1-worker runs that measure speed-up. The view hears of run starts and ends only, through the UI executor.
 */
final class DemoAttempt {

    /** What the attempt tells its view-model; called on the UI executor. */
    interface Screen {

        void message(String text);

        /** A compared run started: its processes' output and the machine's cores are what the panel shows. */
        void started(RunEntry entry, Recording recording);

        /**
         * A 1-worker run that measures speed-up started: the core meters follow it (they show the whole machine),
         * the output stays with the compared runs, whose pids are on the timelines.
         */
        void measuring(Recording recording);

        void ended(DemoAttempt attempt);
    }

    private static final System.Logger LOG = System.getLogger(DemoAttempt.class.getName());

    private final List<RunEntry> entries;
    private final DemoParameters parameters;
    private final boolean together;
    private final boolean measureSpeedUp;
    private final DemoRunner runner;
    private final Executor ui;
    private final Screen screen;
    private final Set<DemoRunner.DemoRun> active = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    DemoAttempt(
            List<RunEntry> entries,
            DemoParameters parameters,
            boolean together,
            boolean measureSpeedUp,
            DemoRunner runner,
            Executor ui,
            Screen screen) {
        this.entries = entries;
        this.parameters = parameters;
        this.together = together;
        this.measureSpeedUp = measureSpeedUp;
        this.runner = runner;
        this.ui = ui;
        this.screen = screen;
    }

    boolean together() {
        return together;
    }

    boolean cancelled() {
        return cancelled;
    }

    List<RunEntry> entries() {
        return entries;
    }

    void cancel() {
        cancelled = true;
        active.forEach(DemoRunner.DemoRun::stop);
    }

    /** The attempt's whole life; runs on a worker thread, never the FX thread (it waits for processes). */
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
            ui.execute(() -> screen.message("The demo failed: " + e.getMessage()));
        } finally {
            active.forEach(DemoRunner.DemoRun::stop);
            ui.execute(() -> screen.ended(this));
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
                screen.started(entry, run.recording());
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
                screen.message("Measuring speed-up: " + entry.title() + " with 1 worker…");
            });
            try {
                DemoRunner.DemoRun run = runner.start(entry.kind(), parameters.oneWorker());
                active.add(run);
                if (cancelled) {
                    run.stop();
                }
                ui.execute(() -> screen.measuring(run.recording()));
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

    private record Started(RunEntry entry, DemoRunner.DemoRun run) {}
}
