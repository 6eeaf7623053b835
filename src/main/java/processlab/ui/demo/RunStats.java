package processlab.ui.demo;

import java.util.Locale;

import processlab.run.AppendLog;
import processlab.run.Recording;
import processlab.run.ThreadTrack;

/**
 * The summary of one finished run: wall time, CPU time of all its threads, and their ratio, the average number
 * of cores kept busy.
 */
public record RunStats(long wallNs, long cpuNs) {

    public static RunStats of(Recording recording) {
        long wall = recording.isFinished() ? recording.endNs() : recording.now();
        long cpu = 0;
        AppendLog<ThreadTrack> threads = recording.threads();
        for (int i = 0, n = threads.size(); i < n; i++) {
            cpu += threads.get(i).totalOnCpuNs();
        }
        return new RunStats(wall, cpu);
    }

    public double averageCoresBusy() {
        return wallNs <= 0 ? 0 : (double) cpuNs / wallNs;
    }

    /** Speed-up against a baseline run of the same work with one worker: baseline wall ÷ this wall. */
    public double speedUpOver(RunStats oneWorker) {
        return wallNs <= 0 ? 0 : (double) oneWorker.wallNs() / wallNs;
    }

    public String describe() {
        return String.format(Locale.ROOT, "wall %.2f s · CPU %.2f s · %.2f cores busy on average",
                wallNs / 1e9, cpuNs / 1e9, averageCoresBusy());
    }
}
