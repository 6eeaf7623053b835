package processlab.run.observe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OSThread;
import oshi.software.os.OperatingSystem;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/**
 * The observer for systems without {@code /proc} (Windows, macOS), through OSHI: thread CPU time as the
 * difference of the OS's kernel+user times (millisecond resolution), the thread state, and NO core: these
 * systems do not tell which core a thread ran on, and the recording says so instead of guessing.
 *
 * <p>OSHI queries cost far more than a {@code pread}, so this observer samples at most {@link #MAX_HZ}, and
 * it finds descendants by parent pid only (an orphaned grandchild is not followed).
 */
final class OshiProcessTreeObserver implements ProcessTreeObserver {

    static final int MAX_HZ = 50;
    static final String NO_CORE_NOTICE = "This operating system does not tell which core a thread runs on: "
            + "thread lanes show when threads ran, not where.";
    private static final int DISCOVERY_HZ = 5;

    private final long periodNs;
    private final int discoveryEvery;
    private final OperatingSystem os = new SystemInfo().getOperatingSystem();
    private final Set<Integer> pids = new HashSet<>();
    private final Map<Long, ThreadState> threads = new HashMap<>();
    private long ticks;
    private ObservedTree tree;
    private Recording recording;
    private PeriodicLoop loop;

    /** What was read of one thread last time. */
    private static final class ThreadState {
        final ThreadTrack track;
        long cpuMs;
        long readNs;
        boolean seen;

        ThreadState(ThreadTrack track, long cpuMs, long readNs) {
            this.track = track;
            this.cpuMs = cpuMs;
            this.readNs = readNs;
        }
    }

    OshiProcessTreeObserver(int hz) {
        int rate = Math.min(hz, MAX_HZ);
        this.periodNs = 1_000_000_000L / rate;
        this.discoveryEvery = Math.max(1, rate / DISCOVERY_HZ);
    }

    @Override
    public synchronized void start(ObservedTree tree, Recording recording) {
        if (loop != null) {
            throw new IllegalStateException("this observer was already started");
        }
        this.tree = tree;
        this.recording = recording;
        recording.setThreadCoresKnown(false);
        recording.addNotice(NO_CORE_NOTICE);
        discover();
        loop = new PeriodicLoop("processlab-observer-" + tree.mainPid(), periodNs, this::tick, () -> {});
        loop.start();
    }

    @Override
    public synchronized Thread thread() {
        return loop == null ? null : loop.thread();
    }

    private void tick() {
        if (++ticks % discoveryEvery == 0) {
            discover();
        }
        threads.values().forEach(state -> state.seen = false);
        for (Integer pid : pids) {
            OSProcess process = os.getProcess(pid);
            if (process != null) {
                sampleThreads(process);
            }
        }
        threads.values().removeIf(state -> !state.seen);
    }

    private void discover() {
        long now = recording.now();
        Set<Integer> alive = new HashSet<>();
        OSProcess root = os.getProcess((int) tree.mainPid());
        if (root != null) {
            alive.add(root.getProcessID());
            noticeStart(root, now);
        }
        // Below a run box, its other children are the run's too (orphans it adopted); else the main's descendants.
        long top = tree.reaperPid() != 0 ? tree.reaperPid() : tree.mainPid();
        for (OSProcess process : os.getDescendantProcesses((int) top, null, null, 0)) {
            alive.add(process.getProcessID());
            noticeStart(process, now);
        }
        for (Integer pid : pids) {
            if (!alive.contains(pid)) {
                recording.processEnded(pid, now, OptionalInt.empty());
            }
        }
        pids.clear();
        pids.addAll(alive);
    }

    private void noticeStart(OSProcess process, long now) {
        if (!pids.contains(process.getProcessID())) {
            String command = process.getCommandLine();
            recording.processStarted(
                    process.getProcessID(),
                    process.getParentProcessID(),
                    ProcNames.shorten(command == null || command.isBlank() ? process.getName() : command),
                    now);
        }
    }

    private void sampleThreads(OSProcess process) {
        List<OSThread> details = process.getThreadDetails();
        if (details.isEmpty()) {
            // Some platforms list no threads for a single-threaded process: the process is its one thread.
            sample(
                    process.getProcessID(),
                    process.getProcessID(),
                    process.getName(),
                    process.getKernelTime() + process.getUserTime(),
                    stateLetter(process.getState()));
        }
        for (OSThread thread : details) {
            sample(
                    process.getProcessID(),
                    thread.getThreadId(),
                    thread.getName(),
                    thread.getKernelTime() + thread.getUserTime(),
                    stateLetter(thread.getState()));
        }
    }

    private void sample(long pid, long tid, String name, long cpuMs, char stateLetter) {
        long readNs = System.nanoTime();
        ThreadState state = threads.get(tid);
        if (state == null) {
            ThreadTrack track = recording.thread(pid, tid, name, recording.toRunTime(readNs));
            state = new ThreadState(track, cpuMs, readNs);
            threads.put(tid, state);
        } else {
            if (name != null && !name.equals(state.track.name())) {
                // It replaced itself with another program (exec): macOS's session bootstrap, Perl, becomes Python.
                state.track.setName(name);
            }
            long length = readNs - state.readNs;
            long onCpu = Math.max(0, Math.min((cpuMs - state.cpuMs) * 1_000_000L, length));
            recording.addCpuSample(
                    state.track,
                    new CpuSample(
                            recording.toRunTime(state.readNs),
                            recording.toRunTime(readNs),
                            onCpu,
                            CpuSample.UNKNOWN_CORE,
                            stateLetter));
            state.cpuMs = cpuMs;
            state.readNs = readNs;
        }
        state.seen = true;
    }

    private static char stateLetter(OSProcess.State osState) {
        return switch (osState) {
            case RUNNING -> 'R';
            case SLEEPING -> 'S';
            case WAITING -> 'D';
            case ZOMBIE -> 'Z';
            case STOPPED, SUSPENDED -> 'T';
            default -> '?';
        };
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close();
        }
    }
}
