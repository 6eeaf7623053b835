package processlab.ui.demo;

import java.util.Locale;
import java.util.OptionalDouble;

import processlab.run.Recording;
import processlab.trace.RunSummary;

/**
 * The summary row of one finished run, from the project's one definition of it ({@link RunSummary}): wall time,
 * CPU time of all its threads, and their ratio, the average number of cores kept busy. Beside them, when known,
 * the cores the app itself kept busy meanwhile (drawing, measuring): on a small machine the run did not get those.
 */
public record RunStats(RunSummary summary, OptionalDouble appCores) {

    public static RunStats of(Recording recording) {
        return new RunStats(RunSummary.of(recording), OptionalDouble.empty());
    }

    public RunStats withAppCores(OptionalDouble cores) {
        return new RunStats(summary, cores);
    }

    public double wallSeconds() {
        return summary.wallSeconds();
    }

    /** Speed-up against a baseline run of the same work with one worker: baseline wall ÷ this wall. */
    public double speedUpOver(RunStats oneWorker) {
        return RunSummary.speedUp(oneWorker.summary, summary);
    }

    public String describe() {
        String figures = String.format(Locale.ROOT, "wall %.2f s · CPU %.2f s · %.2f cores busy on average",
                summary.wallSeconds(), summary.cpuSeconds(), summary.averageParallelism());
        if (appCores.isEmpty()) {
            return figures;
        }
        return figures + String.format(Locale.ROOT, " · ProcessLab itself: %.2f cores", appCores.getAsDouble());
    }
}
