package processlab.timeline;

import java.util.OptionalInt;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/** Recordings filled by hand, so layout and drawing are tested without running anything. */
public final class SyntheticRecordings {

    public static final long MS = 1_000_000L;

    private SyntheticRecordings() {}

    /**
     * A Python parent (pid 100, exit 0) with two children (pid 200 on core 0, exit 0; pid 300 on core 1,
     * exit 1), each child busy for 1 s in 10 ms samples, with one task each; the parent's thread waits.
     */
    public static Recording twoChildren() {
        Recording recording = new Recording("Python processes", System.nanoTime(), 2, true, 100);
        recording.processStarted(100, 1, "/usr/bin/python3 demo.py", 0);
        recording.setProcessRole(100, "main");
        recording.processStarted(200, 100, "/usr/bin/python3 demo.py", 50 * MS);
        recording.processStarted(300, 100, "/usr/bin/python3 demo.py", 60 * MS);
        ThreadTrack parent = recording.thread(100, 100, "python3", 0);
        ThreadTrack first = recording.thread(200, 200, "python3", 50 * MS);
        ThreadTrack second = recording.thread(300, 300, "python3", 60 * MS);
        for (long t = 0; t < 1200 * MS; t += 10 * MS) {
            recording.addCpuSample(parent, new CpuSample(t, t + 10 * MS, 0, 0, 'S'));
        }
        busy(recording, first, 50 * MS, 1050 * MS, 0, 1.0);
        busy(recording, second, 60 * MS, 1060 * MS, 1, 0.5);
        recording.taskStarted(200, 200, "0", "process", 55 * MS);
        recording.taskEnded(200, 200, "0", 1045 * MS);
        recording.taskStarted(300, 300, "1", "process", 65 * MS);
        recording.taskEnded(300, 300, "1", 1055 * MS);
        recording.processEnded(200, 1050 * MS, OptionalInt.of(0));
        recording.processEnded(300, 1060 * MS, OptionalInt.of(1));
        recording.processEnded(100, 1200 * MS, OptionalInt.of(0));
        recording.finish(1200 * MS);
        return recording;
    }

    /**
     * A pool as CPython 3.14 starts it: a parent (pid 21440, "main") and two spawned workers (pids 21442 and
     * 21443, roles "pool worker 1" and "pool worker 2", each with the long command line of a spawned child), each
     * worker running two tasks of 0.5 s; everything exits 0 after 1.2 s.
     */
    public static Recording pool() {
        Recording recording = new Recording("Python Pool", System.nanoTime(), 2, true, 100);
        recording.processStarted(21440, 1, "/usr/bin/python3 demo_pool.py --workers 2", 0);
        recording.setProcessRole(21440, "main");
        ThreadTrack parent = recording.thread(21440, 21440, "python3", 0);
        for (long t = 0; t < 1200 * MS; t += 10 * MS) {
            recording.addCpuSample(parent, new CpuSample(t, t + 10 * MS, 0, 0, 'S'));
        }
        for (int worker = 1; worker <= 2; worker++) {
            long pid = 21441 + worker;
            recording.processStarted(
                    pid,
                    21440,
                    "/usr/bin/python3 -c from multiprocessing.spawn import spawn_main;"
                            + " spawn_main(tracker_fd=5, pipe_handle=7) --multiprocessing-fork",
                    80 * MS);
            recording.setProcessRole(pid, "pool worker " + worker);
            ThreadTrack thread = recording.thread(pid, pid, "python3", 80 * MS);
            busy(recording, thread, 100 * MS, 1100 * MS, worker - 1, 1.0);
            for (int task = 0; task < 2; task++) {
                String id = Integer.toString(2 * (worker - 1) + task);
                recording.taskStarted(pid, pid, id, "pool", (100 + 500 * task) * MS);
                recording.taskEnded(pid, pid, id, (600 + 500 * task) * MS);
            }
            recording.processEnded(pid, 1150 * MS, OptionalInt.of(0));
        }
        recording.processEnded(21440, 1200 * MS, OptionalInt.of(0));
        recording.finish(1200 * MS);
        return recording;
    }

    /** Samples of 10 ms on one core with the given busy share. */
    public static void busy(Recording recording, ThreadTrack thread, long fromNs, long toNs, int core, double share) {
        for (long t = fromNs; t < toNs; t += 10 * MS) {
            recording.addCpuSample(thread, new CpuSample(t, t + 10 * MS, Math.round(10 * MS * share), core, 'R'));
        }
    }
}
