package processlab.ui.demo;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;
import processlab.run.spec.RunKind;

/**
 * A runner whose "runs" are threads filling a Recording: each lasts {@code tasks / workers × taskMs}, so
 * speed-up and ordering can be checked exactly without spawning processes. Python kinds fail to start when
 * {@code pythonMissing}, as the engine does without an interpreter.
 */
public final class FakeDemoRunner implements DemoRunner {

    /** {@code thread}: the one that called {@link #start}, so tests see where the view-model starts runs. */
    record Started(RunKind kind, DemoParameters parameters, long startNanos, FakeRun run, Thread thread) {}

    private final long taskMs;
    private final boolean pythonMissing;
    final List<Started> started = new CopyOnWriteArrayList<>();
    /** How many times longer a kind's run lasts than {@code taskMs} says (1 when absent). */
    final java.util.Map<RunKind, Integer> slower = new ConcurrentHashMap<>();

    final Set<FakeRun> alive = ConcurrentHashMap.newKeySet();

    public FakeDemoRunner(long taskMs, boolean pythonMissing) {
        this.taskMs = taskMs;
        this.pythonMissing = pythonMissing;
    }

    @Override
    public DemoRun start(RunKind kind, DemoParameters parameters) throws DemoRunException {
        if (pythonMissing && kind.needsPython()) {
            throw new DemoRunException("Python 3.8 or newer was not found.");
        }
        long rounds = (parameters.tasks() + parameters.workers() - 1) / parameters.workers();
        FakeRun run =
                new FakeRun(kind, parameters.workers(), rounds * taskMs * 1_000_000L * slower.getOrDefault(kind, 1));
        started.add(new Started(kind, parameters, System.nanoTime(), run, Thread.currentThread()));
        alive.add(run);
        run.thread.start();
        return run;
    }

    final class FakeRun implements DemoRun {

        final Recording recording;
        final CompletableFuture<String> ended = new CompletableFuture<>();
        final Thread thread;
        volatile long endNanos;
        private volatile boolean stopped;

        FakeRun(RunKind kind, int workers, long lengthNs) {
            recording = new Recording(kind.displayName(), 2, true);
            thread = new Thread(() -> play(workers, lengthNs), "fake-run-" + kind.id());
            thread.setDaemon(true);
        }

        private void play(int workers, long lengthNs) {
            recording.processStarted(1, 0, "fake", 0);
            ThreadTrack[] tracks = new ThreadTrack[workers];
            for (int w = 0; w < workers; w++) {
                tracks[w] = recording.thread(1, 100 + w, "worker-" + w, 0);
            }
            long last = 0;
            while (!stopped && recording.now() < lengthNs) {
                long now = recording.now();
                for (int w = 0; w < workers; w++) {
                    recording.addCpuSample(tracks[w], new CpuSample(last, now, now - last, w % 2, 'R'));
                }
                last = now;
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
            long end = recording.now();
            recording.processEnded(1, end, OptionalInt.of(stopped ? -15 : 0));
            recording.finish(end);
            endNanos = System.nanoTime();
            alive.remove(this);
            ended.complete(stopped ? "stopped" : "finished (exit 0)");
        }

        @Override
        public Recording recording() {
            return recording;
        }

        @Override
        public CompletableFuture<String> ended() {
            return ended;
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }
}
