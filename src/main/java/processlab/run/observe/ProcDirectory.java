package processlab.run.observe;

import java.io.File;

/** Listing {@code /proc}: the pids of every process on the machine. */
final class ProcDirectory {

    static final String PROC = "/proc";

    private ProcDirectory() {}

    /** Every numeric entry of /proc (one per process), or an empty array when /proc cannot be read. */
    static String[] listPids() {
        String[] names = new File(PROC).list();
        return names == null ? new String[0] : names;
    }

    /** The pid a /proc entry names, or -1 for entries that are not processes ("self", "stat"…). */
    static long parsePid(String name) {
        long value = 0;
        int n = name.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
