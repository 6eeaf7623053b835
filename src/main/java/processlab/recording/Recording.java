package processlab.recording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything observed of one run, as it happens: processes, threads with their CPU samples, task spans,
 * per-core load, output and notices. Thread-safe and append-only (output alone is bounded, in lines and in
 * characters: the oldest lines are dropped and counted). Free of JavaFX: the screen reads it once per frame;
 * exports read it at the end.
 *
 * <p>Times are nanoseconds since {@link #originNanos()} (a {@link System#nanoTime()} value), so a recording
 * always starts at 0.
 */
public final class Recording {

    /** Output lines kept in memory; older ones are dropped with a notice. */
    public static final int DEFAULT_OUTPUT_CAP = 5_000;
    /**
     * Characters of output kept in memory, whatever the line cap: at most about 4 MB of text. Lines of a few
     * thousand characters each would otherwise keep 5,000 times that.
     */
    public static final int OUTPUT_CHARS_CAP = 2_000_000;

    private final String label;
    private final long originNanos;
    private final int coreCount;
    private volatile boolean threadCoresKnown;
    private final int outputCap;

    private final Object lock = new Object();
    private final Map<Long, ProcessInfo> processes = new LinkedHashMap<>();
    private final Map<String, TaskSpan> runningTasks = new LinkedHashMap<>();
    private final List<TaskSpan> finishedTasks = new ArrayList<>();
    private final ArrayDeque<OutputLine> output = new ArrayDeque<>();
    private final List<String> notices = new ArrayList<>();
    private long droppedOutputLines;
    private long keptOutputChars;
    private long nextOutputSeq;

    private final Map<Long, ThreadTrack> threadsByTid = new ConcurrentHashMap<>();
    /** Thread names the program reported, by tid (guarded by {@link #lock}). */
    private final Map<Long, String> reportedThreadNames = new HashMap<>();

    private final AppendLog<ThreadTrack> threads = new AppendLog<>();
    private final AppendLog<CoreLoadSample> coreLoad = new AppendLog<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong outputBytes = new AtomicLong();
    private volatile long endNs = -1;
    private volatile RunAccounting accounting = RunAccounting.NONE;

    /**
     * @param label            what the run is called on screen ("Python threads")
     * @param coreCount        logical cores of the machine
     * @param threadCoresKnown whether the core each thread runs on is known; the observer of a live run
     *                         sets it again ({@link #setThreadCoresKnown}) since only it knows
     */
    public Recording(String label, int coreCount, boolean threadCoresKnown) {
        this(label, System.nanoTime(), coreCount, threadCoresKnown, DEFAULT_OUTPUT_CAP);
    }

    public Recording(String label, long originNanos, int coreCount, boolean threadCoresKnown, int outputCap) {
        this.label = label;
        this.originNanos = originNanos;
        this.coreCount = coreCount;
        this.threadCoresKnown = threadCoresKnown;
        this.outputCap = outputCap;
    }

    public String label() {
        return label;
    }

    public long originNanos() {
        return originNanos;
    }

    public int coreCount() {
        return coreCount;
    }

    public boolean threadCoresKnown() {
        return threadCoresKnown;
    }

    /** Said by the observer in use: the /proc one reads each thread's core, OSHI's cannot. */
    public void setThreadCoresKnown(boolean known) {
        threadCoresKnown = known;
        version.incrementAndGet();
    }

    /** ns since the run began, for a {@link System#nanoTime()} value. */
    public long toRunTime(long nanoTime) {
        return nanoTime - originNanos;
    }

    /** ns since the run began, now. */
    public long now() {
        return System.nanoTime() - originNanos;
    }

    /** Grows on every change: a reader that saw the same version has nothing new to draw. */
    public long version() {
        return version.get();
    }

    // ---- processes -------------------------------------------------------------------------------------

    public void processStarted(long pid, long parentPid, String command, long atNs) {
        synchronized (lock) {
            ProcessInfo known = processes.get(pid);
            if (known == null) {
                processes.put(pid, new ProcessInfo(pid, parentPid, command, "", atNs, -1, OptionalInt.empty()));
            } else if (known.command().isEmpty() && !command.isEmpty()) {
                // First heard of through a task event (no command line); the observer knows more.
                long parent = known.parentPid() == 0 ? parentPid : known.parentPid();
                processes.put(
                        pid,
                        new ProcessInfo(
                                pid, parent, command, known.role(), known.startNs(), known.endNs(), known.exitCode()));
            }
        }
        version.incrementAndGet();
    }

    /** Records an end; the exit code is empty when the OS did not tell it (a grandchild reaped elsewhere). */
    public void processEnded(long pid, long atNs, OptionalInt exitCode) {
        synchronized (lock) {
            ProcessInfo info = processes.get(pid);
            if (info != null && info.isAlive()) {
                processes.put(pid, info.ended(atNs, exitCode));
            } else if (info != null && exitCode.isPresent() && info.exitCode().isEmpty()) {
                processes.put(pid, info.ended(info.endNs(), exitCode));
            }
        }
        version.incrementAndGet();
    }

    public void setProcessRole(long pid, String role) {
        synchronized (lock) {
            ProcessInfo info = processes.get(pid);
            if (info != null) {
                processes.put(pid, info.withRole(role));
            }
        }
        version.incrementAndGet();
    }

    /** Replaces the command line: a process that called exec() now runs another program. */
    public void setProcessCommand(long pid, String command) {
        synchronized (lock) {
            ProcessInfo info = processes.get(pid);
            if (info == null || info.command().equals(command)) {
                return;
            }
            processes.put(pid, info.withCommand(command));
        }
        version.incrementAndGet();
    }

    /** Processes started and not seen to end, as the observer and the task events reported them. */
    public int liveProcessCount() {
        synchronized (lock) {
            int live = 0;
            for (ProcessInfo info : processes.values()) {
                if (info.isAlive()) {
                    live++;
                }
            }
            return live;
        }
    }

    /** A snapshot, in order of first appearance. */
    public List<ProcessInfo> processes() {
        synchronized (lock) {
            return List.copyOf(processes.values());
        }
    }

    // ---- threads ---------------------------------------------------------------------------------------

    /** The track of a thread, created on first sight. */
    public ThreadTrack thread(long pid, long tid, String name, long firstSeenNs) {
        ThreadTrack track = threadsByTid.get(tid);
        if (track == null) {
            synchronized (lock) {
                track = threadsByTid.get(tid);
                if (track == null) {
                    track = new ThreadTrack(pid, tid, name, firstSeenNs);
                    String reported = reportedThreadNames.get(tid);
                    if (reported != null) {
                        track.setReportedName(reported);
                    }
                    threadsByTid.put(tid, track);
                    threads.append(track);
                }
            }
            version.incrementAndGet();
        }
        return track;
    }

    /** The program named one of its threads (see {@link ThreadTrack#setReportedName}); applied when it is seen. */
    public void threadNamed(long pid, long tid, String name) {
        ThreadTrack track;
        synchronized (lock) {
            reportedThreadNames.put(tid, name);
            track = threadsByTid.get(tid);
        }
        if (track != null && track.pid() == pid) {
            track.setReportedName(name);
            version.incrementAndGet();
        }
    }

    /**
     * A thread reported its life and CPU as it ended. One the observer never saw (it lived between two looks) gets
     * a lane with one sample for its whole life, on no known core; one it saw keeps what was observed.
     */
    public void threadEnded(long pid, long tid, String name, long startNs, long endNs, long cpuNs) {
        if (threadsByTid.containsKey(tid) || endNs <= startNs) {
            return;
        }
        ThreadTrack track = thread(pid, tid, name, startNs);
        if (!name.isEmpty()) {
            track.setReportedName(name);
        }
        if (track.samples().size() == 0) {
            long onCpu = Math.max(0, Math.min(cpuNs, endNs - startNs));
            addCpuSample(track, new CpuSample(startNs, endNs, onCpu, CpuSample.UNKNOWN_CORE, 'Z'));
        }
    }

    public ThreadTrack findThread(long tid) {
        return threadsByTid.get(tid);
    }

    public void addCpuSample(ThreadTrack track, CpuSample sample) {
        track.samples().append(sample);
        version.incrementAndGet();
    }

    /** Live, append-only, in order of first appearance. */
    public AppendLog<ThreadTrack> threads() {
        return threads;
    }

    // ---- tasks -----------------------------------------------------------------------------------------

    public void taskStarted(long pid, long tid, String task, String label, long atNs) {
        synchronized (lock) {
            runningTasks.put(taskKey(pid, tid, task), new TaskSpan(pid, tid, task, label, atNs, -1));
        }
        version.incrementAndGet();
    }

    public void taskEnded(long pid, long tid, String task, long atNs) {
        synchronized (lock) {
            TaskSpan span = runningTasks.remove(taskKey(pid, tid, task));
            if (span != null) {
                finishedTasks.add(span.ended(atNs));
            }
        }
        version.incrementAndGet();
    }

    /** Finished tasks in the order they ended, then the running ones. */
    public List<TaskSpan> tasks() {
        synchronized (lock) {
            List<TaskSpan> all = new ArrayList<>(finishedTasks.size() + runningTasks.size());
            all.addAll(finishedTasks);
            all.addAll(runningTasks.values());
            return all;
        }
    }

    private static String taskKey(long pid, long tid, String task) {
        return pid + "/" + tid + "/" + task;
    }

    // ---- cores -----------------------------------------------------------------------------------------

    public void addCoreLoad(CoreLoadSample sample) {
        coreLoad.append(sample);
        version.incrementAndGet();
    }

    /** Live, append-only. */
    public AppendLog<CoreLoadSample> coreLoad() {
        return coreLoad;
    }

    // ---- output and notices ----------------------------------------------------------------------------

    public void addOutput(long pid, long atNs, boolean stderr, String text) {
        synchronized (lock) {
            output.addLast(new OutputLine(nextOutputSeq++, pid, atNs, stderr, text));
            keptOutputChars += text.length();
            while (output.size() > 1 && (output.size() > outputCap || keptOutputChars > OUTPUT_CHARS_CAP)) {
                // Counted, not announced: only a reader that had not read them yet lost them (see droppedNotice).
                keptOutputChars -= output.removeFirst().text().length();
                droppedOutputLines++;
            }
        }
        version.incrementAndGet();
    }

    /** The kept output lines with {@code seq > afterSeq} (pass -1 for all). */
    public List<OutputLine> outputAfter(long afterSeq) {
        synchronized (lock) {
            List<OutputLine> lines = new ArrayList<>();
            for (OutputLine line : output) {
                if (line.seq() > afterSeq) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** Counts bytes the program wrote to its output, kept or not (read by the output pumps). */
    public void countOutputBytes(long bytes) {
        outputBytes.addAndGet(bytes);
    }

    /** Bytes the program wrote to its standard output and error so far, kept or not. */
    public long outputBytes() {
        return outputBytes.get();
    }

    public long droppedOutputLines() {
        synchronized (lock) {
            return droppedOutputLines;
        }
    }

    /**
     * What a reader of the output says where lines it had not read yet were dropped, i.e. where the sequence
     * numbers it reads skip {@code lines} numbers: "… 1,234 lines dropped here (a run keeps its last 5,000 lines
     * of output, at most 2,000,000 characters)".
     */
    public String droppedNotice(long lines) {
        return String.format(
                java.util.Locale.ROOT,
                "… %,d line%s dropped here (a run keeps its last %,d lines of " + "output, at most %,d characters)",
                lines,
                lines == 1 ? "" : "s",
                outputCap,
                OUTPUT_CHARS_CAP);
    }

    /** Something the user should read about this run: a limit reached, a measurement not available… */
    public void addNotice(String notice) {
        synchronized (lock) {
            notices.add(notice);
        }
        version.incrementAndGet();
    }

    public List<String> notices() {
        synchronized (lock) {
            return List.copyOf(notices);
        }
    }

    // ---- end -------------------------------------------------------------------------------------------

    /** What the OS counted over the run, beside the samples; set once its main process has ended. */
    public void setAccounting(RunAccounting counted) {
        accounting = counted;
        version.incrementAndGet();
    }

    public RunAccounting accounting() {
        return accounting;
    }

    public void finish(long atNs) {
        endNs = atNs;
        version.incrementAndGet();
    }

    public boolean isFinished() {
        return endNs >= 0;
    }

    /** When the run ended, or -1 while it runs. */
    public long endNs() {
        return endNs;
    }
}
