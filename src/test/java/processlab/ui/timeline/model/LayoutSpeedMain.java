package processlab.ui.timeline.model;

import java.util.OptionalInt;

import processlab.run.CpuSample;
import processlab.run.Recording;
import processlab.run.ThreadTrack;

/** Throwaway: time the layout of 32 busy threads over 10 s of 100 Hz samples, as the live view does. */
public final class LayoutSpeedMain {

    public static void main(String[] args) {
        long ms = 1_000_000L;
        Recording recording = new Recording("bench", System.nanoTime(), 2, true, 100);
        recording.processStarted(10, 1, "/usr/bin/java -cp x processlab.worker.JavaThreadsWorker", 0);
        for (int t = 0; t < 45; t++) {
            String name = t < 32 ? "worker-" + (t + 1) : "GC Thread#" + t;
            ThreadTrack track = recording.thread(10, 100 + t, name, 0);
            for (long time = 0; time < 10_000 * ms; time += 10 * ms) {
                int core = (int) ((time / (10 * ms) + t) % 2);
                recording.addCpuSample(track, new CpuSample(time, time + 10 * ms, (long) (10 * ms * 0.06), core, 'R'));
            }
            recording.taskStarted(10, 100 + t, Integer.toString(t), "java", 5 * ms);
        }
        recording.processEnded(10, 10_000 * ms, OptionalInt.of(0));
        TimeWindow window = new TimeWindow(0, 10_500 * ms);
        TimelineOptions options = TimelineOptions.defaults().withLaneHeight(30);
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int n = 200;
            for (int i = 0; i < n; i++) {
                TimelineLayout.layout(recording, window, 1200, 560, options);
            }
            System.out.printf("layout %.3f ms%n", (System.nanoTime() - start) / 1e6 / n);
        }
    }
}
