package processlab.run.observe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import processlab.recording.Recording;
import processlab.run.process.RunPlatform;

/**
 * The Linux observer: reads {@code /proc} directly. Known threads are sampled at the full rate through open
 * files (one {@code pread} of {@code schedstat} per thread per tick, plus {@code stat} when the thread ran).
 * New processes and threads are looked for at lower rates, cheapest first: at {@link #DISCOVERY_HZ} each
 * followed thread's {@code children} file (also open) and each process's thread count; a thread directory is
 * listed only when that count changed; the whole of /proc is scanned at {@link #FULL_SCAN_HZ} only, to find
 * orphans whose parent died before it was seen (they keep the run's session id, or are the run box's children).
 */
final class LinuxProcessTreeObserver implements ProcessTreeObserver {

    /** How often /proc is scanned for new processes and threads, and ended processes noticed. */
    static final int DISCOVERY_HZ = 10;
    /** How often all of /proc is scanned: listing it costs about as much as a hundred thread samples. */
    static final int FULL_SCAN_HZ = 2;

    private static final boolean CHILDREN_FILES = Files.exists(Path.of("/proc/thread-self/children"));
    private static final long NAME_REFRESH_NS = 1_000_000_000L;
    /** A process this young may still be between fork() and exec(): its command line is re-read each scan. */
    private static final long YOUNG_NS = 500_000_000L;

    private static final int STAT_BYTES = 1024;
    private static final int FIELD_PPID = 4;
    private static final int FIELD_SESSION = 6;

    /**
     * Up to this many threads wanting a core at once, every tick samples them all. Beyond, ticks are skipped in
     * proportion (32 busy threads are sampled at half the rate, 64 at a quarter, no less): each sample reads a
     * file per thread, and drawing 32 busy threads live cost the app 0.10-0.15 cores, most of it this reading,
     * CPU the run did not get. The lanes get coarser; no CPU time is lost, each sample holds all since the last.
     */
    static final int ACTIVE_THREADS_AT_FULL_RATE = 16;

    private static final int MAX_SAMPLE_EVERY = 4;

    private final long periodNs;
    private int sampleEvery = 1;
    private final int discoveryEvery;
    private final Map<Long, FollowedProcess> processes = new LinkedHashMap<>();
    /** Pids looked at and not followed (not ours, or already ended) → the scan that last listed them. */
    private final Map<Long, Long> ignored = new HashMap<>();

    private long scan;
    private long ticks;
    private long discoveries;
    private final List<Long> newChildren = new ArrayList<>();
    private long lastDiscoveryNanos;
    private long lastNameRefreshNanos;
    private ObservedTree tree;
    private Recording recording;
    private PeriodicLoop loop;
    private boolean closed;

    LinuxProcessTreeObserver(int hz) {
        this.periodNs = 1_000_000_000L / hz;
        this.discoveryEvery = Math.max(1, hz / DISCOVERY_HZ);
    }

    static boolean isSupported() {
        return RunPlatform.offersProc();
    }

    @Override
    public synchronized void start(ObservedTree tree, Recording recording) {
        if (loop != null || closed) {
            throw new IllegalStateException("this observer was already started");
        }
        this.tree = tree;
        this.recording = recording;
        recording.setThreadCoresKnown(true); // /proc/PID/task/TID/stat tells the core each thread last ran on
        long now = System.nanoTime();
        lastDiscoveryNanos = Math.min(now, recording.originNanos());
        lastNameRefreshNanos = now;
        discover();
        loop = new PeriodicLoop("processlab-observer-" + tree.mainPid(), periodNs, this::tick, this::closeFiles);
        loop.start();
    }

    @Override
    public synchronized Thread thread() {
        return loop == null ? null : loop.thread();
    }

    private void tick() {
        ticks++;
        if (ticks % sampleEvery == 0) {
            int active = 0;
            for (FollowedProcess process : processes.values()) {
                active += process.sampleThreads(recording);
            }
            sampleEvery = sampleEvery(active);
        }
        if (ticks % discoveryEvery == 0) {
            discover();
        }
    }

    /** Every how many ticks threads are sampled while {@code activeThreads} want a core: 1 up to 16, at most 4. */
    static int sampleEvery(int activeThreads) {
        int every = (activeThreads + ACTIVE_THREADS_AT_FULL_RATE - 1) / ACTIVE_THREADS_AT_FULL_RATE;
        return Math.min(MAX_SAMPLE_EVERY, Math.max(1, every));
    }

    private void discover() {
        long now = System.nanoTime();
        noticeEnds(now);
        if (!CHILDREN_FILES || discoveries % (DISCOVERY_HZ / FULL_SCAN_HZ) == 0) {
            findNewProcesses(now);
        } else {
            findNewChildren(now);
        }
        discoveries++;
        boolean refreshNames = now - lastNameRefreshNanos >= NAME_REFRESH_NS;
        for (FollowedProcess process : processes.values()) {
            // Only when the count differs: an ended thread is dropped at its next sample, so a thread born
            // while another ended (same count) still shows as a difference one discovery later, and its first
            // sample then reaches back to its birth. Listing every task directory each second cost more.
            if (process.threadCountChanged()) {
                process.discoverThreads(recording, lastDiscoveryNanos);
            }
            // A young process may still exec (a launcher such as nice becomes python3): its command and its
            // threads' names are looked at every discovery, not once a second, or a short run keeps the old ones.
            if (refreshNames || now - process.seenNanos < YOUNG_NS) {
                process.refreshThreadNames();
                process.refreshCommand(recording);
            }
        }
        if (refreshNames) {
            lastNameRefreshNanos = now;
        }
        lastDiscoveryNanos = now;
    }

    /** The cheap way: children the followed threads forked, from their open {@code children} files. */
    private void findNewChildren(long now) {
        newChildren.clear();
        for (FollowedProcess process : processes.values()) {
            process.collectChildren(pid -> {
                if (!processes.containsKey(pid) && !ignored.containsKey(pid)) {
                    newChildren.add(pid);
                }
            });
        }
        for (long pid : newChildren) {
            if (processes.containsKey(pid)) {
                continue; // listed by two threads
            }
            ProcFile stat = ProcFile.openOrNull(Path.of(ProcDirectory.PROC, Long.toString(pid), "stat"), STAT_BYTES);
            if (stat != null && stat.reread()) {
                adopt(new Candidate(pid, stat.statNumber(FIELD_PPID, 0), stat.statNumber(FIELD_SESSION, 0), stat), now);
            } else if (stat != null) {
                stat.close();
            }
        }
    }

    private void noticeEnds(long now) {
        Iterator<FollowedProcess> it = processes.values().iterator();
        while (it.hasNext()) {
            FollowedProcess process = it.next();
            OptionalInt end = process.endOrNull();
            if (end != null) {
                process.sampleThreads(recording); // the last CPU it used
                recording.processEnded(process.pid, recording.toRunTime(now), end);
                process.close();
                it.remove();
                ignored.put(process.pid, scan);
            }
        }
    }

    /** A process seen in this scan that is not followed yet, with what decides whether it is ours. */
    private record Candidate(long pid, long ppid, long session, ProcFile stat) {}

    private void findNewProcesses(long now) {
        scan++;
        List<Candidate> candidates = new ArrayList<>();
        for (String name : ProcDirectory.listPids()) {
            long pid = ProcDirectory.parsePid(name);
            if (pid <= 0 || processes.containsKey(pid)) {
                continue;
            }
            if (ignored.replace(pid, scan) != null) {
                continue;
            }
            ProcFile stat = ProcFile.openOrNull(Path.of(ProcDirectory.PROC, name, "stat"), STAT_BYTES);
            if (stat == null) {
                continue;
            }
            if (!stat.reread()) {
                stat.close();
                continue;
            }
            candidates.add(new Candidate(pid, stat.statNumber(FIELD_PPID, 0), stat.statNumber(FIELD_SESSION, 0), stat));
        }
        // A child and its own child can both be new in one scan, listed in any order: repeat until stable.
        boolean adopted = true;
        while (adopted) {
            adopted = false;
            Iterator<Candidate> it = candidates.iterator();
            while (it.hasNext()) {
                Candidate c = it.next();
                if (tree.owns(c.pid, c.ppid, c.session) || processes.containsKey(c.ppid)) {
                    adopt(c, now);
                    it.remove();
                    adopted = true;
                }
            }
        }
        for (Candidate c : candidates) {
            c.stat.close();
            ignored.put(c.pid, scan);
        }
        ignored.values().removeIf(lastListed -> lastListed != scan); // gone from /proc: the pid may come back
    }

    private void adopt(Candidate c, long now) {
        Path procDir = Path.of(ProcDirectory.PROC, Long.toString(c.pid));
        // Born after the previous look, or (at the first look) at any time since the run began.
        long bornNanos = BootClock.clampedNanoTimeOf(
                c.stat.statNumber(FollowedThread.FIELD_START_TIME, -1), Math.min(lastDiscoveryNanos, now), now);
        recording.processStarted(
                c.pid, c.ppid, ProcNames.commandLine(procDir), Math.max(0, recording.toRunTime(bornNanos)));
        FollowedProcess process = new FollowedProcess(c.pid, procDir, c.stat, now);
        OptionalInt end = process.endOrNull();
        if (end != null) {
            // Lived and ended between two scans: record that it existed, there is nothing left to sample.
            recording.processEnded(c.pid, recording.toRunTime(now), end);
            process.close();
            ignored.put(c.pid, scan);
            return;
        }
        processes.put(c.pid, process);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (loop != null) {
            loop.close(); // the loop's thread closes the files once its last tick is over
        } else {
            closeFiles();
        }
    }

    /** Closes every open /proc file; run by the loop's thread after its last tick, so no tick reads one after. */
    private void closeFiles() {
        processes.values().forEach(FollowedProcess::close);
        processes.clear();
    }
}
