package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import processlab.lesson.DemoSpec;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** The demo's view-model with a fake runner: ordering, speed-up, stop, and a missing Python. */
class DemoViewModelTest {

    private static DemoSpec spec(List<RunKind> runs, int workers, boolean together) {
        return new DemoSpec("t", runs, workers, workers, Workload.SLEEP, 100, 60, together, "default", false, 0);
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    @Test
    void runsGoOneAfterAnotherByDefault() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(150, false);
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES), 2, false), runner, Runnable::run);
        model.measureSpeedUpProperty().set(false);
        model.run();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        assertEquals(2, runner.started.size());
        FakeDemoRunner.Started first = runner.started.get(0);
        FakeDemoRunner.Started second = runner.started.get(1);
        assertTrue(second.startNanos() >= first.run().endNanos, "the second run starts after the first ended");
        assertTrue(
                model.entries().stream().allMatch(e -> e.summaryProperty().get().startsWith("wall ")));
    }

    @Test
    void runsGoInTheDemoBlocksOrderThenAnyAddedByHand() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(10, false);
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.JAVA_PROCESSES, RunKind.JAVA_THREADS), 2, false), runner, Runnable::run);
        model.measureSpeedUpProperty().set(false);
        model.comparedProperty(RunKind.PYTHON_THREADS).set(true);
        model.run();
        assertEquals(
                List.of(RunKind.JAVA_PROCESSES, RunKind.JAVA_THREADS, RunKind.PYTHON_THREADS),
                model.entries().stream().map(RunEntry::kind).toList());
        model.stop();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
    }

    @Test
    void runsGoTogetherWhenAsked() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(300, false);
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES), 2, true), runner, Runnable::run);
        model.measureSpeedUpProperty().set(false);
        model.run();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        assertTrue(runner.started.get(1).startNanos() < runner.started.get(0).run().endNanos, "both runs overlap");
    }

    @Test
    void speedUpIsMeasuredAgainstAOneWorkerRun() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(200, false);
        DemoViewModel model = new DemoViewModel(spec(List.of(RunKind.JAVA_THREADS), 4, false), runner, Runnable::run);
        model.run();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        assertEquals(2, runner.started.size());
        assertEquals(1, runner.started.get(1).parameters().workers(), "the baseline has one worker");
        assertEquals(4, runner.started.get(1).parameters().tasks(), "and the same tasks");
        RunEntry entry = model.entries().get(0);
        String summary = entry.summaryProperty().get();
        assertTrue(summary.contains("speed-up ×"), summary);
        double speedUp = Double.parseDouble(summary.replaceAll(".*speed-up ×([0-9.]+).*", "$1"));
        assertTrue(speedUp > 2.5 && speedUp < 4.5, "4 tasks on 4 workers vs 1 worker: " + summary);
    }

    @Test
    void theOutputShownIsAComparedRunsNeverTheSpeedUpRunsWhileTheMetersFollowWhatRuns() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(150, false);
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES), 2, false), runner, Runnable::run);
        model.run();
        waitUntil(() -> runner.started.size() == 3, "the first 1-worker run to start");
        waitUntil(
                () -> model.liveRecordingProperty().get()
                        == runner.started.get(2).run().recording,
                "the meters to follow the 1-worker run");
        RunEntry last = model.entries().get(1);
        assertEquals(last, model.outputShownProperty().get(), "the output stays with the last compared run");
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        assertEquals(4, runner.started.size());
        assertEquals(last, model.outputShownProperty().get());
        assertEquals(runner.started.get(1).run().recording, last.recording());
        model.showOutputOf(model.entries().get(0));
        assertEquals(
                runner.started.get(0).run().recording,
                model.outputShownProperty().get().recording(),
                "the student can pick the output of another run on screen");
    }

    @Test
    void missingPythonShowsTheMessageWhileJavaStillRuns() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(50, true);
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.PYTHON_THREADS, RunKind.JAVA_THREADS), 1, false), runner, Runnable::run);
        model.run();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        RunEntry python = model.entries().get(0);
        RunEntry java = model.entries().get(1);
        assertEquals(RunEntry.Phase.FAILED, python.phaseProperty().get());
        assertEquals(
                "Python 3.8 or newer was not found.", python.statusProperty().get());
        assertEquals(RunEntry.Phase.ENDED, java.phaseProperty().get());
        assertTrue(
                java.summaryProperty().get().contains("speed-up ×1.00"),
                java.summaryProperty().get());
    }

    @Test
    void stopEndsTheRunningRunAndSkipsTheRest() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(60_000, false);
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.JAVA_THREADS, RunKind.JAVA_PROCESSES), 2, false), runner, Runnable::run);
        model.run();
        waitUntil(() -> runner.started.size() == 1, "the first run to start");
        model.stop();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        assertEquals(1, runner.started.size(), "nothing more starts after Stop");
        assertTrue(runner.alive.isEmpty());
        assertEquals("stopped", model.entries().get(0).statusProperty().get());
        assertEquals(
                RunEntry.Phase.CANCELLED, model.entries().get(1).phaseProperty().get());
        assertEquals("Stopped.", model.messageProperty().get());
    }

    @Test
    void parametersStayWithinTheBlocksLimits() {
        DemoViewModel model = new DemoViewModel(
                spec(List.of(RunKind.JAVA_THREADS), 4, false), new FakeDemoRunner(1, false), Runnable::run);
        model.workersProperty().set(500);
        model.sizeProperty().set(0);
        DemoParameters parameters = model.parameters();
        assertEquals(DemoSpec.MAX_WORKERS, parameters.workers());
        assertEquals(DemoSpec.MAX_WORKERS, parameters.tasks(), "tasks follow workers when left at default");
        assertEquals(Workload.SLEEP.minSize(), parameters.size());
    }

    @Test
    void runsStartOnANamedDaemonThreadByDefault() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(20, false);
        DemoViewModel model = new DemoViewModel(spec(List.of(RunKind.JAVA_THREADS), 1, false), runner, Runnable::run);
        model.run();
        waitUntil(() -> !model.runningProperty().get(), "the demo to end");
        Thread thread = runner.started.get(0).thread();
        assertTrue(thread.getName().startsWith("processlab-demo-"), thread.getName());
        assertTrue(thread.isDaemon());
        model.close();
    }

    @Test
    void runsGoOnTheExecutorItIsGiven() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(20, false);
        List<Runnable> queued = new java.util.ArrayList<>();
        DemoViewModel model =
                new DemoViewModel(spec(List.of(RunKind.JAVA_THREADS), 1, false), runner, Runnable::run, queued::add);
        model.run();
        assertEquals(1, queued.size(), "Run hands its work to the executor");
        assertTrue(runner.started.isEmpty(), "and starts nothing itself");
        assertTrue(model.runningProperty().get());
        queued.get(0).run();
        assertEquals(Thread.currentThread(), runner.started.get(0).thread());
        assertFalse(model.runningProperty().get());
        assertTrue(model.entries().get(0).summaryProperty().get().startsWith("wall "));
    }

    @Test
    void closeEndsTheRunsAndShutsTheThreadsDown() throws Exception {
        FakeDemoRunner runner = new FakeDemoRunner(60_000, false);
        ExecutorService pool = DemoThreads.pool("test-demo-");
        DemoViewModel model =
                new DemoViewModel(spec(List.of(RunKind.JAVA_THREADS), 2, false), runner, Runnable::run, pool);
        model.run();
        waitUntil(() -> runner.started.size() == 1, "the run to start");
        model.close();
        assertTrue(pool.isShutdown());
        assertTrue(pool.awaitTermination(20, TimeUnit.SECONDS), "the work thread ends");
        assertFalse(model.runningProperty().get());
        assertTrue(runner.alive.isEmpty(), "no run left going");

        model.run();
        assertEquals(1, runner.started.size(), "a closed demo starts nothing");
        assertTrue(
                model.messageProperty().get().contains("closed"),
                model.messageProperty().get());
        model.close();
    }
}
