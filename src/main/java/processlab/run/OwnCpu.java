package processlab.run;

import java.lang.management.ManagementFactory;
import java.util.OptionalDouble;

/**
 * The app's own CPU time at one moment. Two of them tell how many cores the app itself kept busy in between:
 * drawing the timelines, sampling {@code /proc}, compiling. On a small machine that is CPU the demo's
 * processes did not get, so the demo shows it beside their figures instead of leaving it unexplained.
 *
 * @param cpuNanos  CPU time of every thread of this process so far; negative when the system does not say
 * @param wallNanos {@link System#nanoTime()} at the same moment
 */
public record OwnCpu(long cpuNanos, long wallNanos) {

    public static OwnCpu now() {
        // The JVM's own counter: nanoseconds, no user-name lookup (ProcessHandle.Info does one), children excluded.
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
        return new OwnCpu(cpu, System.nanoTime());
    }

    /** Cores kept busy on average from {@code start} to this moment (1.0 = one core's worth); empty if unknown. */
    public OptionalDouble coresSince(OwnCpu start) {
        long wall = wallNanos - start.wallNanos;
        if (cpuNanos < 0 || start.cpuNanos < 0 || wall <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (cpuNanos - start.cpuNanos) / wall);
    }
}
