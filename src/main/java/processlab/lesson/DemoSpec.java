package processlab.lesson;

import java.util.List;

import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/**
 * What a demo runs, as written in its {@code ```demo} block (all fields validated).
 *
 * @param title          the card's heading; empty means "Live demo"
 * @param runs           the runs compared, in order (at least one)
 * @param workers        threads or processes per run, 1..64 (default 4)
 * @param tasks          number of tasks shared among the workers, 1..1000 (default: workers)
 * @param task           the workload each task does (default count-primes)
 * @param size           the workload size: the upper bound for count-primes, milliseconds for sleep
 * @param timeoutSeconds the wall-clock limit of each run, 1..600 (default 60)
 * @param together       run the compared runs at once instead of one after another (default false)
 * @param startMethod    Python start method for process runs: default, fork, spawn or forkserver
 * @param freeThreaded   prefer a free-threaded Python (python3.14t, python3.13t) when one is installed
 * @param switchIntervalMs the GIL's switch interval for Python thread runs, in ms; 0 = Python's default (5 ms)
 */
public record DemoSpec(String title, List<RunKind> runs, int workers, int tasks, Workload task, long size,
                       int timeoutSeconds, boolean together, String startMethod, boolean freeThreaded,
                       int switchIntervalMs) {

    public DemoSpec {
        runs = List.copyOf(runs);
    }

    /** Python's own switch interval. */
    public DemoSpec(String title, List<RunKind> runs, int workers, int tasks, Workload task, long size,
                    int timeoutSeconds, boolean together, String startMethod, boolean freeThreaded) {
        this(title, runs, workers, tasks, task, size, timeoutSeconds, together, startMethod, freeThreaded, 0);
    }
}
