package processlab.ui.demo;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import processlab.run.RunEnvironment;
import processlab.run.RunWarmUp;
import processlab.ui.common.LiveViews;
import processlab.ui.cores.CoreMeters;
import processlab.ui.output.OutputPanel;
import processlab.ui.timeline.TimelineView;
import processlab.ui.timeline.TimelineViewport;

/**
 * Once per window, soon after a page with a demo is on screen, the app rehearses drawing a run while the student
 * reads: the engine observes the app's own process ({@link RunWarmUp}), and a timeline and core meters draw it
 * live in a scene that is never shown, snapshotted as the window would render it. The code a demo runs is then
 * compiled before Run is pressed, not while the run it measures wants the cores. Nothing of it reaches the screen.
 *
 * <p>It takes about a second and a half of the reading time. A run that starts meanwhile ends it at once.
 */
public final class DemoWarmUp {

    /** How long after a demo is shown the rehearsal starts: the page has drawn its first frames by then. */
    private static final Duration DELAY = Duration.millis(300);

    private static final long LENGTH_NANOS = 1_200_000_000L;
    /** One snapshot every few pulses: each one renders the whole off-screen scene. */
    private static final int PULSES_PER_SNAPSHOT = 3;
    /** When the output panel joins the rehearsal. */
    private static final long OUTPUT_AFTER_NANOS = 400_000_000L;

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 640;

    private final LiveViews liveViews;
    private final RunEnvironment runs;
    private boolean windowReady;
    private boolean demoShown;
    private boolean scheduled;

    /**
     * @param liveViews the window's: a run drawn live ends the rehearsal at once
     * @param runs      the environment the window's runs will have (the rehearsal observes as they will be)
     */
    public DemoWarmUp(LiveViews liveViews, RunEnvironment runs) {
        this.liveViews = liveViews;
        this.runs = runs;
    }

    /**
     * FX thread: the app's window is complete and painted. Until then a demo on screen waits for its rehearsal:
     * the window comes first. (Views made without the app's window, as in tests, never rehearse.)
     */
    public void windowReady() {
        windowReady = true;
        scheduleIfDue();
    }

    /** FX thread: a demo is on screen; the first one (once the window is ready) schedules the rehearsal. */
    void demoShown() {
        demoShown = true;
        scheduleIfDue();
    }

    private void scheduleIfDue() {
        if (scheduled || !windowReady || !demoShown) {
            return;
        }
        scheduled = true;
        PauseTransition reading = new PauseTransition(DELAY);
        reading.setOnFinished(e -> run());
        reading.play();
    }

    /**
     * FX thread: rehearses now. The future completes on the FX thread when the rehearsal has ended and every
     * thread and monitor it started is stopped; at once if a run is live or starts.
     */
    public CompletableFuture<Void> run() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (liveViews.activeProperty().get()) {
            done.complete(null);
            return done;
        }
        Thread engine = new Thread(
                () -> {
                    RunWarmUp warmUp = RunWarmUp.start(runs);
                    Platform.runLater(() -> rehearse(warmUp, done));
                    warmUp.findPython();
                },
                "processlab-warm-up");
        engine.setDaemon(true);
        engine.start();
        return done;
    }

    private void rehearse(RunWarmUp warmUp, CompletableFuture<Void> done) {
        TimelineView timeline = new TimelineView(new TimelineViewport());
        timeline.setPrefHeight(HEIGHT - 160);
        CoreMeters cores = new CoreMeters();
        // The demo's output panel is a styled text area: its first lines cost the JIT as much as the timeline. It
        // joins once the timeline is warm, as making it holds the FX thread a while, and a Run pressed at once
        // must end the rehearsal at once.
        OutputPanel output = new OutputPanel();
        output.setGrowsWithOutput(false);
        VBox root = new VBox(8, timeline, cores);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        timeline.setRecording(warmUp.recording());
        cores.setRecording(warmUp.recording());
        WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
        AnimationTimer[] pulses = new AnimationTimer[1];
        ChangeListener<Boolean> runStarted = (obs, was, live) -> {
            if (live) {
                pulses[0].handle(Long.MAX_VALUE);
            }
        };
        pulses[0] = new AnimationTimer() {
            private final long began = System.nanoTime();
            private final long pid = ProcessHandle.current().pid();
            private int pulse;
            private boolean ended;

            @Override
            public void handle(long now) {
                if (ended) {
                    return;
                }
                if (now != Long.MAX_VALUE && System.nanoTime() - began < LENGTH_NANOS) {
                    if (++pulse % PULSES_PER_SNAPSHOT == 0) {
                        // Drawn at each snapshot rather than at the live cadence: the drawing code gets compiled
                        // because it runs often, not because it runs for long.
                        timeline.invalidate();
                        if (System.nanoTime() - began >= OUTPUT_AFTER_NANOS) {
                            if (output.getParent() == null) {
                                root.getChildren().add(output);
                                output.follow(warmUp.recording());
                            }
                            warmUp.recording()
                                    .addOutput(
                                            pid,
                                            warmUp.recording().now(),
                                            pulse % 3 == 0,
                                            "worker " + pulse + " done: 12345 primes");
                            output.pull();
                        }
                        root.snapshot(null, image);
                    }
                    return;
                }
                ended = true;
                stop();
                liveViews.activeProperty().removeListener(runStarted);
                timeline.dispose();
                cores.dispose();
                output.clear();
                scene.setRoot(new Group());
                Thread closer = new Thread(
                        () -> {
                            warmUp.close();
                            Platform.runLater(() -> done.complete(null));
                        },
                        "processlab-warm-up-end");
                closer.setDaemon(true);
                closer.start();
            }
        };
        liveViews.activeProperty().addListener(runStarted);
        pulses[0].start();
        if (liveViews.activeProperty().get()) {
            pulses[0].handle(Long.MAX_VALUE); // Run was pressed while the engine side started
        }
    }
}
