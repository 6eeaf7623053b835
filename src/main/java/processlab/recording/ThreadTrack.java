package processlab.recording;

/**
 * One OS thread of one process of a run, with its CPU samples in time order.
 *
 * <p>The name is the OS thread name (e.g. {@code python3}, {@code worker-2}) and may change while the thread
 * runs; the role is what the app knows it to be ("main", "pool worker 2", "JVM internal"), or empty.
 */
public final class ThreadTrack {

    private final long pid;
    private final long tid;
    private final long firstSeenNs;
    private final AppendLog<CpuSample> samples = new AppendLog<>();
    private volatile String name;
    private volatile String role = "";
    /** Whether the program itself said this thread's name: the observer's later reads do not replace it. */
    private volatile boolean nameReported;

    public ThreadTrack(long pid, long tid, String name, long firstSeenNs) {
        this.pid = pid;
        this.tid = tid;
        this.name = name;
        this.firstSeenNs = firstSeenNs;
    }

    public long pid() {
        return pid;
    }

    public long tid() {
        return tid;
    }

    /** Whether this is the process's first thread (on Linux its tid equals the pid). */
    public boolean isMainThread() {
        return pid == tid;
    }

    public long firstSeenNs() {
        return firstSeenNs;
    }

    public String name() {
        return name;
    }

    /** The name as the observer read it; ignored once the program has reported the name itself. */
    public void setName(String name) {
        if (!nameReported) {
            this.name = name;
        }
    }

    /**
     * The name the program reported for this thread. A thread that lives a few milliseconds may end before the
     * observer reads the name it was given (it first sees the name it inherited, "java"), and a Java worker with
     * the JVM's name would be hidden with the JVM's own threads.
     */
    public void setReportedName(String name) {
        this.name = name;
        this.nameReported = true;
    }

    public String role() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** Live, append-only; read without locking. */
    public AppendLog<CpuSample> samples() {
        return samples;
    }

    /** Total on-CPU nanoseconds observed so far. */
    public long totalOnCpuNs() {
        long total = 0;
        for (CpuSample sample : samples) {
            total += sample.onCpuNs();
        }
        return total;
    }
}
