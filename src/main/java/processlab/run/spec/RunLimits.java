package processlab.run.spec;

import java.time.Duration;
import processlab.recording.Recording;

/**
 * The limits every run has, so that no program a student writes can hang the app, fill its memory or
 * flood the machine with processes.
 *
 * @param timeout        wall-clock limit; the run is stopped when it is reached
 * @param outputLines    output lines kept in the Recording (older ones are dropped with a notice)
 * @param maxLineChars   a single longer line is cut there (the rest of it is skipped, not stored)
 * @param maxOutputBytes total output after which the run is stopped (endless printing)
 * @param maxProcesses   processes alive in the run's tree at once; more stops the run
 */
public record RunLimits(Duration timeout, int outputLines, int maxLineChars, long maxOutputBytes, int maxProcesses) {

    public static final RunLimits DEFAULT =
            new RunLimits(Duration.ofSeconds(60), Recording.DEFAULT_OUTPUT_CAP, 4_000, 64L << 20, 200);

    public RunLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (outputLines < 1 || maxLineChars < 16 || maxOutputBytes < 1 || maxProcesses < 1) {
            throw new IllegalArgumentException("limits must be positive: " + outputLines + ", " + maxLineChars + ", "
                    + maxOutputBytes + ", " + maxProcesses);
        }
    }

    public static RunLimits withTimeout(Duration timeout) {
        return DEFAULT.timeout(timeout);
    }

    public RunLimits timeout(Duration newTimeout) {
        return new RunLimits(newTimeout, outputLines, maxLineChars, maxOutputBytes, maxProcesses);
    }

    public RunLimits outputLines(int lines) {
        return new RunLimits(timeout, lines, maxLineChars, maxOutputBytes, maxProcesses);
    }

    public RunLimits maxOutputBytes(long bytes) {
        return new RunLimits(timeout, outputLines, maxLineChars, bytes, maxProcesses);
    }

    public RunLimits maxProcesses(int processes) {
        return new RunLimits(timeout, outputLines, maxLineChars, maxOutputBytes, processes);
    }
}
