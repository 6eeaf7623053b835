package processlab.lesson;

import java.util.List;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/**
 * What a demo runs, as written in its {@code ```demo} block (all fields validated).
 *
 * @param title          the card's heading; empty means "Live demo"
 * @param runs           the runs compared, in order (at least one)
 * @param workers        threads or processes per run, 1..{@value #MAX_WORKERS} (default 4)
 * @param tasks          number of tasks shared among the workers, 1..{@value #MAX_TASKS} (default: workers)
 * @param workload       what each task does (default count-primes); the block's {@code task} field
 * @param size           the workload size: the upper bound for count-primes, milliseconds for sleep
 * @param timeoutSeconds the wall-clock limit of each run, 1..{@value #MAX_TIMEOUT_SECONDS} (default 60); the
 *                       block's {@code timeout} field
 * @param together       run the compared runs at once instead of one after another (default false)
 * @param startMethod    Python start method for process runs: default, fork, spawn or forkserver
 * @param freeThreaded   prefer a free-threaded Python (python3.14t, python3.13t) when one is installed
 * @param switchIntervalMs the GIL's switch interval for Python thread runs, in ms, up to
 *                       {@value #MAX_SWITCH_INTERVAL_MS}; 0 = Python's default (5 ms)
 *
 * <p>The limits are written here once: the reader refuses a block beyond them, and the demo clamps what the
 * student edits to them ({@link #clampWorkers}, {@link #clampSize}, {@link #clampSwitchInterval}).
 */
public record DemoSpec(
        String title,
        List<RunKind> runs,
        int workers,
        int tasks,
        Workload workload,
        long size,
        int timeoutSeconds,
        boolean together,
        String startMethod,
        boolean freeThreaded,
        int switchIntervalMs) {

    public static final int MAX_WORKERS = 64;
    public static final int MAX_TASKS = 1000;
    public static final int MAX_TIMEOUT_SECONDS = 600;
    public static final int MAX_SWITCH_INTERVAL_MS = 1000;

    public DemoSpec {
        runs = List.copyOf(runs);
    }

    public static int clampWorkers(int workers) {
        return Math.max(1, Math.min(MAX_WORKERS, workers));
    }

    /** A size within this demo's workload's range. */
    public long clampSize(long size) {
        return Math.max(workload.minSize(), Math.min(workload.maxSize(), size));
    }

    /** 0 (Python's default) stays 0; any other interval is kept within 1..{@value #MAX_SWITCH_INTERVAL_MS}. */
    public static int clampSwitchInterval(int ms) {
        return ms == 0 ? 0 : Math.max(1, Math.min(MAX_SWITCH_INTERVAL_MS, ms));
    }
}
