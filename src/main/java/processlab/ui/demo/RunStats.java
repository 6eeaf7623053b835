package processlab.ui.demo;

import java.util.Locale;
import java.util.OptionalDouble;
import processlab.recording.Recording;
import processlab.trace.RunSummary;

/**
 * The summary row of one finished run, from the project's one definition of it ({@link RunSummary}): wall time,
 * CPU time of all its threads, and their ratio, the average number of cores kept busy. Beside them, when known,
 * the cores the app itself kept busy meanwhile (drawing, measuring): on a small machine the run did not get those.
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
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "wall %.2f s · CPU %.2f s · %.2f cores busy on average",
                summary.wallSeconds(),
                summary.cpuSeconds(),
                summary.averageParallelism()));
        OptionalDouble appCores = summary.appCores();
        if (appCores.isPresent()) {
            text.append(String.format(Locale.ROOT, " · ProcessLab itself: %.2f cores", appCores.getAsDouble()));
        }
        summary.busyMachineNote().ifPresent(note -> text.append(" · ").append(note));
        return text.toString();
    }
}
