package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import processlab.recording.CpuSample;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

/** The /proc observer against real Python processes. */
class LinuxProcessTreeObserverTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String BUSY_AND_SLEEPY = """
            import ctypes, threading, time
            libc = ctypes.CDLL(None)
            def named(name):
                libc.prctl(15, name.encode(), 0, 0, 0)  # PR_SET_NAME: the OS thread name
            def busy():
                named("pl-busy")
                while True:
                    pass
            def sleepy():
                named("pl-sleepy")
                time.sleep(120)
            threading.Thread(target=busy, daemon=True).start()
            threading.Thread(target=sleepy, daemon=True).start()
            print("ready 1")
            time.sleep(120)
            """;

    /** Root leads its own session (as the engine starts it), then a child, a grandchild and an orphan. */
    private static final String TREE = """
            import os, subprocess, sys, time
            os.setsid()
            child = subprocess.Popen([sys.executable, "-c",
                "import subprocess, sys, time\\n"
                "g = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])\\n"
                "print('grandchild', g.pid, flush=True)\\n"
                "time.sleep(120)"])
            print("child", child.pid)
            r, w = os.pipe()
            middle = os.fork()
            if middle == 0:
                orphan = os.fork()
                if orphan == 0:
                    os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(120)"])
                os.write(w, str(orphan).encode())
                os._exit(0)
            os.waitpid(middle, 0)
            print("orphan", os.read(r, 32).decode())
            time.sleep(120)
            """;

    @BeforeAll
    static void linuxOnly() {
        assumeTrue(LinuxProcessTreeObserver.isSupported(), "needs /proc");
    }

    @Test
    void findsNamedThreadsAndMeasuresBusyAndSleepingOnes() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        try (PythonChild python = new PythonChild(BUSY_AND_SLEEPY);
                ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform(100)) {
            python.awaitAnnounced("ready", WAIT);
            Recording recording = new Recording("test", cores, true);
            observer.start(python.pid(), recording);
            assertTrue(observer.thread().isDaemon());
            assertTrue(observer.thread().getName().contains("observer"));

            PythonChild.await(
                    "both named threads",
                    WAIT,
                    () -> thread(recording, "pl-busy").isPresent()
                            && thread(recording, "pl-sleepy").isPresent());
            ThreadTrack busy = thread(recording, "pl-busy").orElseThrow();
            ThreadTrack sleepy = thread(recording, "pl-sleepy").orElseThrow();
            // A thread first seen while it still ran shows asleep within 30 ms (FollowedThread reads its state
            // again after a few ticks without CPU): count from then.
            PythonChild.await(
                    "the sleeping thread seen asleep",
                    WAIT,
                    () -> sleepy.samples().size() > 0 && sleepy.samples().last().state() == 'S');
            int from = busy.samples().size();
            int sleepyFrom = sleepy.samples().size();
            long osCpuFrom = python.cpuNs();
            PythonChild.await("1.5 s of samples", WAIT, () -> span(busy, from) >= 1_500_000_000L);
            long osCpu = python.cpuNs() - osCpuFrom;

            // The machine may be shared with other builds, so "busy" is checked against what the OS charged the
            // process (the other threads sleep) and by state R (running or waiting for a core), not wall time.
            long busyCpu = onCpu(busy, from);
            assertEquals(osCpu, busyCpu, 0.25 * osCpu + 40_000_000L, "busy thread vs the OS's process CPU time");
            assertTrue(busyCpu >= 20_000_000L, "busy thread did not run at all: " + busyCpu + " ns");
            long running = busy.samples().subList(from, busy.samples().size()).stream()
                    .filter(s -> s.state() == 'R')
                    .count();
            assertTrue(running >= 0.8 * (busy.samples().size() - from), running + " samples in state R");
            double sleepyShare = (double) onCpu(sleepy, sleepyFrom) / span(sleepy, sleepyFrom);
            assertTrue(sleepyShare < 0.02, "sleeping thread on CPU " + sleepyShare + " of the time");
            assertTrue(
                    sleepy.samples().subList(sleepyFrom, sleepy.samples().size()).stream()
                            .allMatch(s -> s.state() == 'S'),
                    "sleeping thread not in state S");
            int samples = busy.samples().size() - from;
            assertTrue(samples >= 15, "only " + samples + " samples in 1.5 s at 100 Hz"); // starved when loaded
            for (int i = from; i < busy.samples().size(); i++) {
                CpuSample s = busy.samples().get(i);
                assertTrue(s.onCpuNs() >= 0 && s.onCpuNs() <= s.endNs() - s.startNs(), s.toString());
                if (s.onCpuNs() > 0) {
                    assertTrue(s.core() >= 0 && s.core() < cores, "core " + s.core());
                }
            }
            assertEquals(python.pid(), busy.pid());
            assertTrue(recording.threads().stream().anyMatch(ThreadTrack::isMainThread));
        }
    }

    @Test
    void followsChildGrandchildAndOrphanInTheSessionAndRecordsEnds() throws Exception {
        try (PythonChild python = new PythonChild(TREE);
                ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform(100)) {
            long child = python.awaitPid("child");
            long grandchild = python.awaitPid("grandchild");
            long orphan = python.awaitPid("orphan");
            // The orphan's parent has exited already: only its session ties it to the root now.
            PythonChild.await(
                    "the orphan re-parented",
                    WAIT,
                    () -> ProcessHandle.of(orphan)
                                    .flatMap(ProcessHandle::parent)
                                    .map(ProcessHandle::pid)
                                    .orElse(-1L)
                            != python.pid());
            Recording recording = new Recording("tree", 2, true);
            observer.start(python.pid(), recording);

            Set<Long> expected = Set.of(python.pid(), child, grandchild, orphan);
            PythonChild.await("all four processes", WAIT, () -> pids(recording).containsAll(expected));
            PythonChild.await(
                    "threads of all four",
                    WAIT,
                    () -> recording.threads().stream()
                            .map(ThreadTrack::pid)
                            .collect(Collectors.toSet())
                            .containsAll(expected));
            assertEquals(python.pid(), info(recording, child).parentPid());
            assertTrue(
                    info(recording, child).command().contains("python"),
                    info(recording, child).command());

            // The root never waits for its child: the killed child stays a zombie, whose exit status we read.
            ProcessHandle.of(child).orElseThrow().destroy();
            PythonChild.await(
                    "the child's end", WAIT, () -> !info(recording, child).isAlive());
            assertEquals(OptionalInt.of(-15), info(recording, child).exitCode(), "SIGTERM");

            ProcessHandle.of(orphan).orElseThrow().destroyForcibly();
            PythonChild.await(
                    "the orphan's end", WAIT, () -> !info(recording, orphan).isAlive());
            assertTrue(info(recording, python.pid()).isAlive());
        }
    }

    /** Everything here is born after the observer started: a thread, a child, and an orphan made at once. */
    private static final String LATE_BIRTHS = """
            import ctypes, os, subprocess, sys, threading, time
            os.setsid()
            sys.stdin.readline()
            def late():
                ctypes.CDLL(None).prctl(15, b"pl-late", 0, 0, 0)
                time.sleep(120)
            threading.Thread(target=late, daemon=True).start()
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
            print("child", child.pid)
            r, w = os.pipe()
            middle = os.fork()
            if middle == 0:
                orphan = os.fork()
                if orphan == 0:
                    os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(120)"])
                os.write(w, str(orphan).encode())
                os._exit(0)
            os.waitpid(middle, 0)
            print("orphan", os.read(r, 32).decode())
            time.sleep(120)
            """;

    @Test
    void findsThreadsChildrenAndOrphansBornWhileItRuns() throws Exception {
        try (PythonChild python = new PythonChild(LATE_BIRTHS);
                ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform(100)) {
            Recording recording = new Recording("late", 2, true);
            observer.start(python.pid(), recording);
            long released = recording.now();
            python.process.getOutputStream().write('\n');
            python.process.getOutputStream().flush();
            long child = python.awaitPid("child");
            long announced = recording.now();
            long orphan = python.awaitPid("orphan");
            PythonChild.await(
                    "the late thread", WAIT, () -> thread(recording, "pl-late").isPresent());
            PythonChild.await(
                    "the child and the orphan",
                    WAIT,
                    () -> pids(recording).containsAll(Set.of(python.pid(), child, orphan)));
            PythonChild.await("the orphan's thread", WAIT, () -> recording.findThread(orphan) != null);
            // Drawn from its birth (the OS's start time), not from when a scan happened to find it.
            long born = info(recording, child).startNs();
            assertTrue(
                    born >= released - 30_000_000L && born <= announced + 30_000_000L,
                    "child born at " + born + ", released at " + released + ", announced at " + announced);
            assertTrue(
                    info(recording, child).command().contains("time.sleep(120)"),
                    "command after exec: " + info(recording, child).command());
        }
    }

    @Test
    void closeStopsTheThreadAndARootThatIsGoneIsNoError() throws Exception {
        Recording recording = new Recording("gone", 2, false);
        ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform(100);
        observer.start(Long.MAX_VALUE / 2, recording); // no such process
        assertTrue(recording.threadCoresKnown(), "the /proc observer reads each thread's core");
        Thread thread = observer.thread();
        observer.close();
        assertFalse(thread.isAlive());
        assertTrue(recording.processes().isEmpty());
    }

    /** A launcher that execs the real program (as {@code nice} does for every run) takes the program's name. */
    @Test
    void aShortRunThatExecsEndsWithTheProgramsNameNotTheLaunchers() throws Exception {
        // The real interpreter: python3 on the PATH may itself be a launcher script that execs it later.
        String python = PythonChild.executable();
        Process shell = new ProcessBuilder(
                        "sh", "-c", "read go; exec '" + python + "' -c 'import time; time.sleep(0.3)'")
                .start();
        try (ProcessTreeObserver observer = ProcessTreeObserver.forThisPlatform(100)) {
            Recording recording = new Recording("exec", 2, true);
            observer.start(shell.pid(), recording);
            PythonChild.await(
                    "the shell seen", WAIT, () -> thread(recording, "sh").isPresent());
            shell.getOutputStream().write('\n');
            shell.getOutputStream().flush();
            assertTrue(shell.waitFor(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            PythonChild.await(
                    "the end recorded",
                    WAIT,
                    () -> recording.processes().stream().anyMatch(p -> p.pid() == shell.pid() && p.endNs() >= 0));
            // Well under the once-a-second refresh of older processes: the name came from the young-process check.
            ThreadTrack main = recording.threads().stream()
                    .filter(t -> t.tid() == shell.pid())
                    .findFirst()
                    .orElseThrow();
            assertEquals(java.nio.file.Path.of(python).getFileName().toString(), main.name());
        } finally {
            shell.destroyForcibly();
        }
    }

    @Test
    void exitStatusIsDecodedLikeTheApp() {
        assertEquals(3, FollowedProcess.exitCodeOf(3 << 8));
        assertEquals(-11, FollowedProcess.exitCodeOf(11));
        assertEquals(-9, FollowedProcess.exitCodeOf(9 | 0x80)); // core dumped flag
    }

    static Optional<ThreadTrack> thread(Recording recording, String name) {
        return recording.threads().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static long span(ThreadTrack track, int from) {
        List<CpuSample> samples = track.samples();
        int n = samples.size();
        return n <= from ? 0 : samples.get(n - 1).endNs() - samples.get(from).startNs();
    }

    static long onCpu(ThreadTrack track, int from) {
        long sum = 0;
        List<CpuSample> samples = track.samples();
        for (int i = from; i < samples.size(); i++) {
            sum += samples.get(i).onCpuNs();
        }
        return sum;
    }

    private static Set<Long> pids(Recording recording) {
        return recording.processes().stream().map(ProcessInfo::pid).collect(Collectors.toSet());
    }

    private static ProcessInfo info(Recording recording, long pid) {
        return recording.processes().stream()
                .filter(p -> p.pid() == pid)
                .findFirst()
                .orElseThrow(() -> new AssertionError("pid " + pid + " not recorded"));
    }
}
