package processlab.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import processlab.recording.CoreLoadSample;
import processlab.recording.CpuSample;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.RunAccounting;
import processlab.recording.TaskSpan;
import processlab.recording.ThreadTrack;

/**
 * The few numbers that sum up a run: how long it took, how much CPU it used, and so how many cores were
 * busy on average; each process's exit code; how many tasks ran.
 *
 * @param wallSeconds        from the run's start (time 0 of the recording) to its end; while it still runs,
 *                           to the latest moment observed
 * @param cpuSeconds         the run's CPU time: the larger of what the sampler saw of every thread, added up,
 *                           and what the kernel counted for the run's tree when its processes were waited for
 *                           (which includes processes too short to be sampled; the samples include processes
 *                           that outlived their parent)
 * @param averageParallelism cpu ÷ wall: the number of cores kept busy on average (1.0 = one core's worth)
 * @param exitCodes          pid → exit code, in order of appearance; empty while running or when not known
 * @param appCores           cores the app itself kept busy while the run ran, when counted
 * @param otherCores         cores that other programs (neither the run nor the app) kept busy meanwhile, when
 *                           counted
 */
public record RunSummary(
        String label,
        double wallSeconds,
        double cpuSeconds,
        double averageParallelism,
        Map<Long, OptionalInt> exitCodes,
        int processCount,
        int threadCount,
        int taskCount,
        OptionalDouble appCores,
        OptionalDouble otherCores) {

    /** Other programs keeping this many cores busy make a run's figures worth a word of warning. */
    public static final double BUSY_MACHINE_CORES = 0.3;

    public RunSummary {
        exitCodes = Collections.unmodifiableMap(new LinkedHashMap<>(exitCodes));
    }

    public static RunSummary of(Recording recording) {
        long wallNs = recording.isFinished() ? recording.endNs() : latestTimeNs(recording);
        long cpuNs = 0;
        for (ThreadTrack thread : recording.threads()) {
            cpuNs += thread.totalOnCpuNs();
        }
        RunAccounting counted = recording.accounting();
        cpuNs = Math.max(cpuNs, counted.reapedCpuNanos().orElse(0));
        Map<Long, OptionalInt> codes = new LinkedHashMap<>();
        for (ProcessInfo process : recording.processes()) {
            codes.put(process.pid(), process.exitCode());
        }
        double wall = wallNs / 1e9;
        double cpu = cpuNs / 1e9;
        double parallelism = wall > 0 ? cpu / wall : 0;
        return new RunSummary(
                recording.label(),
                wall,
                cpu,
                parallelism,
                codes,
                codes.size(),
                recording.threads().size(),
                recording.tasks().size(),
                counted.appCores(),
                otherCores(counted, parallelism));
    }

    /** The machine's busy cores less the run's and the app's; empty unless all three were counted. */
    private static OptionalDouble otherCores(RunAccounting counted, double runCores) {
        if (counted.machineCores().isEmpty() || counted.appCores().isEmpty()) {
            return OptionalDouble.empty();
        }
        double others =
                counted.machineCores().getAsDouble() - counted.appCores().getAsDouble() - runCores;
        return OptionalDouble.of(Math.max(0, others));
    }

    /**
     * A plain sentence when other programs kept more than {@link #BUSY_MACHINE_CORES} cores busy while the run
     * ran (the run's figures stay as measured), else empty.
     */
    public java.util.Optional<String> busyMachineNote() {
        // Below a tenth of a second of others' CPU the clock-tick counts are too coarse to say anything.
        if (otherCores.isEmpty()
                || otherCores.getAsDouble() <= BUSY_MACHINE_CORES
                || otherCores.getAsDouble() * wallSeconds < 0.1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(
                Locale.ROOT,
                "The machine was not free: other programs kept "
                        + "%.1f cores busy during this run, so it may show fewer cores busy than it would alone.",
                otherCores.getAsDouble()));
    }

    /**
     * How many times faster {@code run} finished than {@code baseline} (e.g. one worker): baseline wall ÷
     * run wall. Above 1 = faster. NaN when either has no duration.
     */
    public static double speedUp(RunSummary baseline, RunSummary run) {
        if (baseline.wallSeconds() <= 0 || run.wallSeconds() <= 0) {
            return Double.NaN;
        }
        return baseline.wallSeconds() / run.wallSeconds();
    }

    /** The exit code of the run's first process (its root), if known. */
    public OptionalInt rootExitCode() {
        return exitCodes.isEmpty()
                ? OptionalInt.empty()
                : exitCodes.values().iterator().next();
    }

    /**
     * Human-readable lines, as the {@code trace} command prints them:
     * {@code wall 1.234 s, CPU 2.345 s, average parallelism 1.90 (…)} then {@code pid 123 exit 0} per process.
     */
    public String toText() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "wall %.3f s, CPU %.3f s, average parallelism %.2f (cores busy on average), "
                        + "%d processes, %d threads, %d tasks%n",
                wallSeconds,
                cpuSeconds,
                averageParallelism,
                processCount,
                threadCount,
                taskCount));
        exitCodes.forEach((pid, code) -> text.append("pid ")
                .append(pid)
                .append(" exit ")
                .append(describe(code))
                .append(System.lineSeparator()));
        busyMachineNote().ifPresent(note -> text.append(note).append(System.lineSeparator()));
        return text.toString();
    }

    private static String describe(OptionalInt code) {
        if (code.isEmpty()) {
            return "unknown";
        }
        int value = code.getAsInt();
        return value < 0 ? value + " (killed by signal " + -value + ")" : Integer.toString(value);
    }

    /** The latest moment a recording holds: a sample's end, a process end, a task, a core load sample. */
    static long latestTimeNs(Recording recording) {
        long latest = 0;
        for (ThreadTrack thread : recording.threads()) {
            CpuSample last = thread.samples().last();
            if (last != null) {
                latest = Math.max(latest, last.endNs());
            }
        }
        for (ProcessInfo process : recording.processes()) {
            latest = Math.max(latest, Math.max(process.startNs(), process.endNs()));
        }
        for (TaskSpan task : recording.tasks()) {
            latest = Math.max(latest, Math.max(task.startNs(), task.endNs()));
        }
        CoreLoadSample load = recording.coreLoad().last();
        if (load != null) {
            latest = Math.max(latest, load.timeNs());
        }
        return latest;
    }
}
