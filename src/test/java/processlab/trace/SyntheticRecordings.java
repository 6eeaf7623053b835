package processlab.trace;

import java.util.OptionalInt;
import processlab.recording.CoreLoadSample;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/** Recordings built by hand, with numbers easy to check. */
final class SyntheticRecordings {

    static final long MS = 1_000_000;

    private SyntheticRecordings() {}

    /**
     * 2 s run on 2 cores: a root (pid 100) with one thread busy the first second on core 0, and a child
     * (pid 101) with two threads, one busy the whole 2 s on core 1 (then moving to core 0 for the last 10 ms),
     * one sleeping. Three tasks; the child was killed by SIGSEGV, the root exited 0.
     */
    static Recording twoProcesses() {
        Recording r = new Recording("synthetic \"run\"", 0, 2, true, Recording.DEFAULT_OUTPUT_CAP);
        r.processStarted(100, 1, "python3 demo.py", 0);
        r.setProcessRole(100, "main");
        r.processStarted(101, 100, "python3 demo.py", 5 * MS);
        ThreadTrack root = r.thread(100, 100, "python3", 0);
        ThreadTrack worker = r.thread(101, 101, "python3", 5 * MS);
        worker.setRole("Process-1");
        ThreadTrack sleeper = r.thread(101, 102, "sleeper", 5 * MS);
        for (int i = 0; i < 200; i++) {
            long start = i * 10 * MS;
            long end = start + 10 * MS;
            r.addCpuSample(root, new CpuSample(start, end, i < 100 ? 10 * MS : 0, 0, i < 100 ? 'R' : 'S'));
            r.addCpuSample(worker, new CpuSample(start, end, 10 * MS, i < 199 ? 1 : 0, 'R'));
            r.addCpuSample(sleeper, new CpuSample(start, end, 0, 1, 'S'));
            if (i % 10 == 9) {
                r.addCoreLoad(new CoreLoadSample(end, new double[] {i < 100 ? 1.0 : 0.25, 0.75}));
            }
        }
        r.taskStarted(101, 101, "0", "process", 10 * MS);
        r.taskEnded(101, 101, "0", 990 * MS);
        r.taskStarted(101, 101, "1", "process", 1000 * MS);
        r.taskEnded(101, 101, "1", 1990 * MS);
        r.taskStarted(100, 100, "main", "thread", 0);
        r.taskEnded(100, 100, "main", 1000 * MS);
        r.processEnded(101, 1995 * MS, OptionalInt.of(-11));
        r.processEnded(100, 2000 * MS, OptionalInt.of(0));
        r.addNotice("a notice, with \"quotes\"");
        r.finish(2000 * MS);
        return r;
    }
}
