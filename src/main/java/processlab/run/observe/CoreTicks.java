package processlab.run.observe;

import java.nio.file.Path;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/** Cumulative busy and total time per logical core, from the OS: the sampler loads are their differences. */
interface CoreTicks extends AutoCloseable {

    int coreCount();

    /**
     * Reads the counters now into {@code busy} and {@code total} (length {@link #coreCount()}).
     *
     * @return false when they cannot be read
     */
    boolean read(long[] busy, long[] total);

    @Override
    default void close() {}

    static CoreTicks forThisPlatform() {
        CoreTicks linux = LinuxCoreTicks.openOrNull();
        return linux != null ? linux : new OshiCoreTicks();
    }

    /** {@code /proc/stat}'s {@code cpuN} lines, in clock ticks: busy = total − idle − iowait. */
    final class LinuxCoreTicks implements CoreTicks {

        // The cpu lines come first; the interrupt lines after them can be long and are not needed.
        private static final int BYTES = 64 * 1024;
        private static final int IDLE = 3;
        private static final int IOWAIT = 4;
        /** user nice system idle iowait irq softirq steal; guest time is already inside user and nice. */
        private static final int COUNTED_FIELDS = 8;

        private final ProcFile file;
        private final int cores;

        private LinuxCoreTicks(ProcFile file, int cores) {
            this.file = file;
            this.cores = cores;
        }

        static LinuxCoreTicks openOrNull() {
            if (!LinuxProcessTreeObserver.isSupported()) {
                return null;
            }
            ProcFile file = ProcFile.openOrNull(Path.of("/proc/stat"), BYTES);
            if (file == null) {
                return null;
            }
            if (!file.reread()) {
                file.close();
                return null;
            }
            int cores = 0;
            for (int i = 0; i < file.length(); i = nextLine(file, i)) {
                int core = coreOfLine(file, i);
                cores = Math.max(cores, core + 1);
            }
            if (cores == 0) {
                file.close();
                return null;
            }
            return new LinuxCoreTicks(file, cores);
        }

        @Override
        public int coreCount() {
            return cores;
        }

        @Override
        public boolean read(long[] busy, long[] total) {
            if (!file.reread()) {
                return false;
            }
            for (int i = 0; i < file.length(); i = nextLine(file, i)) {
                int core = coreOfLine(file, i);
                if (core < 0 || core >= cores) {
                    continue;
                }
                int p = i + 3;
                while (p < file.length() && file.byteAt(p) != ' ') {
                    p++; // the core number
                }
                long sum = 0;
                long idle = 0;
                for (int field = 0; field < COUNTED_FIELDS; field++) {
                    while (p < file.length() && file.byteAt(p) == ' ') {
                        p++;
                    }
                    long value = 0;
                    while (p < file.length() && file.byteAt(p) >= '0' && file.byteAt(p) <= '9') {
                        value = value * 10 + (file.byteAt(p) - '0');
                        p++;
                    }
                    sum += value;
                    if (field == IDLE || field == IOWAIT) {
                        idle += value;
                    }
                }
                total[core] = sum;
                busy[core] = sum - idle;
            }
            return true;
        }

        /** The core a line is about ("cpu3 …" → 3), or -1 for other lines (including the "cpu " total). */
        private static int coreOfLine(ProcFile file, int start) {
            if (start + 3 >= file.length()
                    || file.byteAt(start) != 'c'
                    || file.byteAt(start + 1) != 'p'
                    || file.byteAt(start + 2) != 'u') {
                return -1;
            }
            int core = 0;
            int p = start + 3;
            while (p < file.length() && file.byteAt(p) >= '0' && file.byteAt(p) <= '9') {
                core = core * 10 + (file.byteAt(p) - '0');
                p++;
            }
            return p == start + 3 ? -1 : core;
        }

        private static int nextLine(ProcFile file, int start) {
            int p = start;
            while (p < file.length() && file.byteAt(p) != '\n') {
                p++;
            }
            return p + 1;
        }

        @Override
        public void close() {
            file.close();
        }
    }

    /** OSHI's per-processor ticks, for systems without /proc. */
    final class OshiCoreTicks implements CoreTicks {

        private final CentralProcessor processor =
                new SystemInfo().getHardware().getProcessor();
        private final int cores = processor.getLogicalProcessorCount();

        @Override
        public int coreCount() {
            return cores;
        }

        @Override
        public boolean read(long[] busy, long[] total) {
            long[][] ticks = processor.getProcessorCpuLoadTicks();
            for (int core = 0; core < Math.min(cores, ticks.length); core++) {
                long sum = 0;
                for (long t : ticks[core]) {
                    sum += t;
                }
                long idle = ticks[core][CentralProcessor.TickType.IDLE.getIndex()]
                        + ticks[core][CentralProcessor.TickType.IOWAIT.getIndex()];
                total[core] = sum;
                busy[core] = sum - idle;
            }
            return true;
        }
    }
}
