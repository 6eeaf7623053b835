package processlab.run;

/**
 * A line of {@code /proc/PID/stat} (or {@code /proc/PID/task/TID/stat}), read by the field numbers of proc(5). The
 * command name, field 2, may hold spaces and parentheses, so fields are counted after its last {@code ')'}. Times in
 * it are clock ticks, {@code USER_HZ}, which Linux fixes at 100 a second on every architecture Java runs on.
 *
 * <p>For occasional reads (a run's end, a benchmark's sampler); the observer's hot path parses bytes in place.
 */
public final class StatLine {

    public static final int UTIME = 14;
    public static final int STIME = 15;
    public static final int CUTIME = 16;
    public static final int CSTIME = 17;
    public static final long NANOS_PER_TICK = 10_000_000L;

    private StatLine() {}

    /** Field {@code field} (3 or more, as numbered in proc(5)) as a number. */
    public static long number(String line, int field) {
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[field - 3]);
    }

    /** Two tick fields added up, in nanoseconds: e.g. {@link #UTIME} and {@link #STIME}, a thread's CPU time. */
    public static long nanos(String line, int first, int second) {
        return (number(line, first) + number(line, second)) * NANOS_PER_TICK;
    }

    /** Field 2, the command or thread name, without its parentheses. */
    public static String name(String line) {
        return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
    }
}
