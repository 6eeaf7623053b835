package processlab.run.observe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts the start times in {@code /proc/PID/stat} (field 22: clock ticks since boot) to
 * {@link System#nanoTime()}, so a process found up to a discovery period after its birth is still drawn from
 * when it was born. Precision is one clock tick (10 ms), which is why callers clamp the result between the
 * last time they looked and now.
 */
final class BootClock {

    /** USER_HZ: the unit of /proc start times. It is 100 on every Linux the app can meet. */
    private static final long TICK_NS = 10_000_000L;
    /** nanoTime() minus ns since boot; Long.MIN_VALUE when /proc/uptime cannot be read. */
    private static final long OFFSET = readOffset();

    private BootClock() {}

    /** The nanoTime() at which something started {@code ticks} clock ticks after boot, or -1 if unknown. */
    static long nanoTimeOf(long ticksSinceBoot) {
        return ticksSinceBoot < 0 || OFFSET == Long.MIN_VALUE ? -1 : ticksSinceBoot * TICK_NS + OFFSET;
    }

    /** A start time clamped to [earliest, latest], or {@code earliest} when unknown. */
    static long clampedNanoTimeOf(long ticksSinceBoot, long earliest, long latest) {
        long time = nanoTimeOf(ticksSinceBoot);
        return time < 0 ? earliest : Math.max(earliest, Math.min(latest, time));
    }

    private static long readOffset() {
        try {
            long before = System.nanoTime();
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            long after = System.nanoTime();
            int space = uptime.indexOf(' ');
            double seconds = Double.parseDouble(space < 0 ? uptime.strip() : uptime.substring(0, space));
            return (before + after) / 2 - Math.round(seconds * 1e9);
        } catch (IOException | RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
