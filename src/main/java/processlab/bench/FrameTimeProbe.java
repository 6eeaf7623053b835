package processlab.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;
import processlab.run.OwnCpu;
import processlab.run.RunEnvironment;
import processlab.run.RunHost;
import processlab.run.RunSession;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;
import processlab.ui.common.LiveViews;
import processlab.ui.cores.CoreMeters;
import processlab.ui.demo.DemoWarmUp;
import processlab.ui.timeline.TimelineView;
import processlab.ui.timeline.TimelineViewport;

/**
 * The measuring side of {@link FrameTimeBenchmark}, run in a child JVM started as the app is: a real run of 32
 * busy Java threads drawn live, timeline and core meters, in a real stage, measured over {@link #MEASURE} once all
 * 32 workers are on screen. Works with no display through Monocle's headless glass. Prints each figure as a
 * {@link #RESULT_MARKER} line, and {@link #WINDOW_MARKER} lines when the measured window begins and ends.
 */
public final class FrameTimeProbe {

    /** {@code PROCESSLAB_FRAME_RESULT name value unit}. */
    static final String RESULT_MARKER = "PROCESSLAB_FRAME_RESULT";
    /** {@code PROCESSLAB_FRAME_WINDOW begin|end}: the parent may read this JVM's threads from /proc then. */
    static final String WINDOW_MARKER = "PROCESSLAB_FRAME_WINDOW";

    static final int THREADS = 32;
    static final Duration MEASURE = Duration.ofSeconds(5);
    /** Frames the empty stage draws before the run starts (about half a second at 60 Hz). */
    private static final int SETTLE_FRAMES = 30;

    private static final Duration WAIT_FOR_WORKERS = Duration.ofSeconds(30);

    private FrameTimeProbe() {}

    static List<BenchResult> measureHere() throws Exception {
        startToolkit();
        // As in the app, the window is already on screen when Run is pressed: show it first and let it draw
        // its first frames, then start the run and measure while the run is drawn live.
        LiveStage live = showStage();
        // As in the app, where the first demo on screen rehearses while the student reads (DemoWarmUp).
        RunEnvironment runs = RunEnvironment.of(RunHost.create());
        LiveViews liveViews = new LiveViews();
        DemoWarmUp warmUp = new DemoWarmUp(liveViews, runs);
        CompletableFuture<Void> warmedUp = new CompletableFuture<>();
        Platform.runLater(() -> warmUp.run().thenRun(() -> warmedUp.complete(null)));
        warmedUp.get(60, TimeUnit.SECONDS);
        RunSpec.Demo spec = new RunSpec.Demo(
                RunKind.JAVA_THREADS,
                THREADS,
                THREADS,
                Workload.COUNT_PRIMES,
                Workload.COUNT_PRIMES.maxSize(),
                "default",
                false,
                0,
                RunLimits.withTimeout(Duration.ofSeconds(90)));
        try (RunSession session = RunSession.start(spec, runs)) {
            Recording recording = session.recording();
            Platform.runLater(() -> {
                liveViews.started(); // as a demo panel says while it draws a run live
                live.timeline().setRecording(recording);
                live.cores().setRecording(recording);
            });
            waitForWorkers(recording);
            window("begin");
            OwnCpu before = OwnCpu.now();
            double[] intervalsMs = measure(live);
            OptionalDouble appCores = OwnCpu.now().coresSince(before);
            window("end");
            Arrays.sort(intervalsMs);
            if (Boolean.getBoolean("processlab.bench.verbose")) {
                System.err.printf(
                        "p50 %.1f p90 %.1f p99 %.1f max %.1f ms%n",
                        percentile(intervalsMs, 0.5),
                        percentile(intervalsMs, 0.9),
                        percentile(intervalsMs, 0.99),
                        intervalsMs[intervalsMs.length - 1]);
            }
            List<BenchResult> results = new ArrayList<>();
            results.add(new BenchResult("frame_p99_ms", round(percentile(intervalsMs, 0.99)), "ms"));
            // What drawing the run live cost this JVM (with its observer): CPU the run itself did not get.
            appCores.ifPresent(cores -> results.add(new BenchResult("frame_app_cpu_cores", round(cores), "cores")));
            return results;
        } finally {
            Platform.runLater(() -> {
                liveViews.ended();
                live.stage().close();
            });
        }
    }

    private static void window(String edge) {
        System.out.println(WINDOW_MARKER + " " + edge);
        System.out.flush();
    }

    /** The stage the run is drawn in: a timeline above core meters, as in a demo panel. */
    private record LiveStage(Stage stage, TimelineView timeline, CoreMeters cores) {}

    private static LiveStage showStage() throws Exception {
        CompletableFuture<LiveStage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            TimelineView timeline = new TimelineView(new TimelineViewport());
            timeline.setPrefHeight(560);
            CoreMeters cores = new CoreMeters();
            Stage stage = new Stage();
            // 1200x780 fits Monocle's 1280x800 headless screen.
            stage.setScene(new Scene(new VBox(8, timeline, cores), 1200, 780));
            stage.setTitle("frame_p99_ms");
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == SETTLE_FRAMES) {
                        stop();
                        shown.complete(new LiveStage(stage, timeline, cores));
                    }
                }
            }.start();
        });
        return shown.get(60, TimeUnit.SECONDS);
    }

    /** Starts JavaFX once; headless (Monocle, software rendering) when there is no display. */
    public static void startToolkit() throws InterruptedException {
        if (System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await(30, TimeUnit.SECONDS);
    }

    private static void waitForWorkers(Recording recording) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_WORKERS.toNanos();
        while (workersSeen(recording) < THREADS) {
            if (System.nanoTime() > deadline || recording.isFinished()) {
                throw new IllegalStateException(
                        "the 32 worker threads did not appear (" + workersSeen(recording) + " seen)");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static int workersSeen(Recording recording) {
        int count = 0;
        for (ThreadTrack thread : recording.threads()) {
            // Seen by the observer, not only named: a worker reports its name as it starts, before it is sampled.
            if (thread.name().startsWith("worker-") && thread.samples().size() > 0) {
                count++;
            }
        }
        return count;
    }

    /** Collects the gaps between frames while the run is drawn live. */
    private static double[] measure(LiveStage live) throws Exception {
        List<Long> frameTimes = new ArrayList<>();
        CompletableFuture<double[]> done = new CompletableFuture<>();
        long measureNs = MEASURE.toNanos();
        Platform.runLater(() -> new AnimationTimer() {
            private long first = -1;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (first < 0) {
                    first = t;
                }
                frameTimes.add(t);
                if (t - first >= measureNs) {
                    stop();
                    TimelineView timeline = live.timeline();
                    if (Boolean.getBoolean("processlab.bench.verbose")) {
                        long n = Math.max(1, timeline.framesDrawn());
                        System.err.printf(
                                "frames %d, timeline redraws %d, mean FX draw %.2f ms, mean layout"
                                        + " (off FX) %.2f ms%n",
                                frameTimes.size(),
                                timeline.framesDrawn(),
                                timeline.drawNanos() / 1e6 / n,
                                timeline.layoutNanos() / 1e6 / n);
                    }
                    done.complete(intervals(frameTimes));
                }
            }
        }.start());
        return done.get(MEASURE.toSeconds() + 60, TimeUnit.SECONDS);
    }

    private static double[] intervals(List<Long> times) {
        double[] gaps = new double[Math.max(0, times.size() - 1)];
        for (int i = 1; i < times.size(); i++) {
            gaps[i - 1] = (times.get(i) - times.get(i - 1)) / 1e6;
        }
        return gaps;
    }

    private static double percentile(double[] sorted, double p) {
        return FrameTimeBenchmark.percentile(sorted, p);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The child's entry point: prints the figures as {@link #RESULT_MARKER} lines; exit 1 when it failed. */
    public static void main(String[] args) {
        int code = ProbeChild.printFigures(RESULT_MARKER, "frame_p99_ms", () -> measureHere());
        Platform.exit(); // the toolkit's threads would keep the JVM alive
        System.exit(code);
    }
}
