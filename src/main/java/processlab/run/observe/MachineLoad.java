package processlab.run.observe;

import java.util.OptionalDouble;

/**
 * The whole machine's busy time at one moment, summed over its cores, as the OS counts it ({@code /proc/stat} on
 * Linux, OSHI elsewhere). Two of them tell how many cores were busy on average in between, whoever kept them busy.
 *
 * @param busy  the cores' busy time, summed, in the OS's ticks
 * @param total the cores' busy and idle time, summed, in the same ticks
 * @param cores how many cores were counted; 0 when the counters could not be read
 */
public record MachineLoad(long busy, long total, int cores) {

    private static CoreTicks ticks;

    /** The counters now; a reading with no counters (they could not be read) gives no figure later. */
    public static MachineLoad now() {
        synchronized (MachineLoad.class) {
            try {
                if (ticks == null) {
                    ticks = CoreTicks.forThisPlatform();
                }
                int count = ticks.coreCount();
                long[] busy = new long[count];
                long[] total = new long[count];
                if (!ticks.read(busy, total)) {
                    return new MachineLoad(0, 0, 0);
                }
                long busySum = 0;
                long totalSum = 0;
                for (int core = 0; core < count; core++) {
                    busySum += busy[core];
                    totalSum += total[core];
                }
                return new MachineLoad(busySum, totalSum, count);
            } catch (RuntimeException | LinkageError e) {
                return new MachineLoad(0, 0, 0);
            }
        }
    }

    /** Cores busy on average from {@code earlier} to this moment (1.0 = one core's worth), if both were read. */
    public OptionalDouble coresBusySince(MachineLoad earlier) {
        long elapsed = total - earlier.total;
        if (cores == 0 || earlier.cores != cores || elapsed <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (busy - earlier.busy) / elapsed * cores);
    }
}
