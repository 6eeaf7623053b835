package processlab.ui.demo;

import java.util.Locale;

import processlab.run.Recording;
import processlab.trace.RunSummary;

/**
 * The summary row of one finished run, from the project's one definition of it ({@link RunSummary}): wall time,
 * CPU time of all its threads, and their ratio, the average number of cores kept busy.
 */
public record RunStats(RunSummary summary) {

    public static RunStats of(Recording recording) {
        return new RunStats(RunSummary.of(recording));
    }

    public double wallSeconds() {
        return summary.wallSeconds();
    }

    /** Speed-up against a baseline run of the same work with one worker: baseline wall ÷ this wall. */
    public double speedUpOver(RunStats oneWorker) {
        return RunSummary.speedUp(oneWorker.summary, summary);
    }

    public String describe() {
        return String.format(Locale.ROOT, "wall %.2f s · CPU %.2f s · %.2f cores busy on average",
                summary.wallSeconds(), summary.cpuSeconds(), summary.averageParallelism());
    }
}
