package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.OutputLine;
import processlab.recording.ProcessInfo;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.run.spec.RunSpec;

/** The instrumentation reports tasks and exit codes from every Python process, without changing the code. */
@Timeout(60)
class PythonTaskEventsTest {

    private static final Duration END = Duration.ofSeconds(30);
    private static final RunEnvironment ENV = TestRuns.environment().withMonitors(RunMonitor.NONE);

    private static RunResult run(String code, Recording[] out) throws Exception {
        RunSession session = RunSession.start(RunSpec.PythonSource.of(code), ENV);
        out[0] = session.recording();
        return Waits.end(session, END);
    }

    @Test
    void processTargetsReportTheirTasksAndPrintWithTheirOwnPid() throws Exception {
        String code = String.join(
                "\n",
                "import multiprocessing, os",
                "def work(n):",
                "    print('child', n, os.getpid())",
                "if __name__ == '__main__':",
                "    ps = [multiprocessing.Process(target=work, args=(i,)) for i in range(3)]",
                "    for p in ps: p.start()",
                "    for p in ps: p.join()",
                "    print('parent', os.getpid())");
        Recording[] recording = new Recording[1];
        RunResult result = run(code, recording);
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording[0]));
        List<TaskSpan> spans = spansLabelled(recording[0], "process");
        assertEquals(3, spans.size(), spans::toString);
        Set<Long> pids = spans.stream().map(TaskSpan::pid).collect(Collectors.toSet());
        assertEquals(3, pids.size());
        for (OutputLine line : recording[0].outputAfter(-1)) {
            String[] words = line.text().split(" ");
            assertEquals(Long.parseLong(words[words.length - 1]), line.pid(), "tagged pid of: " + line.text());
        }
        assertEquals(4, recording[0].outputAfter(-1).size(), Waits.output(recording[0]));
        for (long pid : pids) {
            ProcessInfo info = find(recording[0], pid);
            assertEquals(OptionalInt.of(0), info.exitCode(), info::toString);
            assertTrue(info.role().startsWith("Process-"), info::toString);
        }
    }

    @Test
    void poolOfThreeOverNineTasksGivesNineSpansOverThreeWorkers() throws Exception {
        assertPool("fork");
    }

    @Test
    void spawnStartedPoolWorkersReportTheirTasksToo() throws Exception {
        assertPool("spawn");
    }

    private void assertPool(String method) throws Exception {
        String code = String.join(
                "\n",
                "import multiprocessing, time",
                "def task(x):",
                "    time.sleep(0.3)",
                "    return x * x",
                "if __name__ == '__main__':",
                "    multiprocessing.set_start_method('" + method + "')",
                "    with multiprocessing.Pool(3) as pool:",
                "        print(pool.map(task, range(9)))");
        Recording[] recording = new Recording[1];
        RunResult result = run(code, recording);
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording[0]));
        assertTrue(Waits.output(recording[0]).contains("[0, 1, 4, 9, 16, 25, 36, 49, 64]"));
        List<TaskSpan> spans = spansLabelled(recording[0], "pool");
        assertEquals(9, spans.size(), spans::toString);
        assertEquals(
                Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8"),
                spans.stream().map(TaskSpan::task).collect(Collectors.toSet()));
        Map<Long, Long> perWorker = spans.stream().collect(Collectors.groupingBy(TaskSpan::pid, Collectors.counting()));
        assertEquals(3, perWorker.size(), perWorker::toString);
        for (TaskSpan span : spans) {
            assertTrue(span.endNs() - span.startNs() >= 250_000_000L, span::toString);
            assertTrue(span.pid() != recording[0].processes().get(0).pid(), "tasks run in the workers");
        }
    }

    @Test
    void applyAsyncTasksEachGetTheirOwnNumberAndTheirResultsAreUnchanged() throws Exception {
        String code = String.join(
                "\n",
                "import multiprocessing, time",
                "def task(x):",
                "    time.sleep(0.1)",
                "    return x * x",
                "if __name__ == '__main__':",
                "    done = []",
                "    with multiprocessing.Pool(2) as pool:",
                "        rs = [pool.apply_async(task, (i,), callback=done.append) for i in range(5)]",
                "        print([r.get() for r in rs], pool.apply(task, (5,)), sorted(done))");
        Recording[] recording = new Recording[1];
        RunResult result = run(code, recording);
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording[0]));
        assertTrue(
                Waits.output(recording[0]).contains("[0, 1, 4, 9, 16] 25 [0, 1, 4, 9, 16]"),
                Waits.output(recording[0]));
        List<TaskSpan> spans = spansLabelled(recording[0], "pool");
        assertEquals(6, spans.size(), spans::toString);
        assertEquals(
                Set.of("0", "1", "2", "3", "4", "5"),
                spans.stream().map(TaskSpan::task).collect(Collectors.toSet()),
                spans::toString);
    }

    @Test
    void processPoolExecutorTasksAreReportedAndItsManagerThreadIsNot() throws Exception {
        String code = String.join(
                "\n",
                "import concurrent.futures as cf, multiprocessing as mp, time",
                "def task(x):",
                "    time.sleep(0.1)",
                "    return x",
                "if __name__ == '__main__':",
                "    with cf.ProcessPoolExecutor(2, mp_context=mp.get_context('spawn')) as ex:",
                "        print(sum(ex.map(task, range(5))))");
        Recording[] recording = new Recording[1];
        RunResult result = run(code, recording);
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording[0]));
        assertEquals(5, spansLabelled(recording[0], "pool").size(), recording[0].tasks()::toString);
        assertEquals(List.of(), spansLabelled(recording[0], "thread"), "machinery threads are not tasks");
        assertEquals(List.of(), spansLabelled(recording[0], "process"), "workers show their tasks instead");
    }

    @Test
    void childKilledBySigsegvHasExitCodeMinusEleven() throws Exception {
        String code = String.join(
                "\n",
                "import multiprocessing, os, signal",
                "def crash():",
                "    os.kill(os.getpid(), signal.SIGSEGV)",
                "if __name__ == '__main__':",
                "    p = multiprocessing.Process(target=crash)",
                "    p.start(); p.join()",
                "    print('exitcode', p.exitcode, p.pid)");
        Recording[] recording = new Recording[1];
        run(code, recording);
        String out = Waits.output(recording[0]);
        assertTrue(out.contains("exitcode -11"), out);
        long childPid = Long.parseLong(out.trim().substring(out.trim().lastIndexOf(' ') + 1));
        assertEquals(OptionalInt.of(-11), find(recording[0], childPid).exitCode());
    }

    @Test
    void rootKilledBySignalHasNegativeExitCode() throws Exception {
        Recording[] recording = new Recording[1];
        RunResult result = run("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", recording);
        assertEquals(OptionalInt.of(-11), result.exitCode());
        assertEquals(StopReason.FINISHED, result.reason());
        assertEquals(OptionalInt.of(-11), recording[0].processes().get(0).exitCode());
    }

    @Test
    void rootExitCodeAbove128IsNotMistakenForASignal() throws Exception {
        Recording[] recording = new Recording[1];
        RunResult result = run("import sys\nprint('partial line', end='')\nsys.exit(130)\n", recording);
        assertEquals(OptionalInt.of(130), result.exitCode());
        assertEquals("partial line", recording[0].outputAfter(-1).get(0).text());
    }

    @Test
    void briefChildrenAreRecordedWithTheirCommand() throws Exception {
        String code = String.join(
                "\n",
                "import os, subprocess, sys",
                "pid = os.fork()",
                "if pid == 0:",
                "    os._exit(7)",
                "os.waitpid(pid, 0)",
                "sub = subprocess.Popen([sys.executable, '-c', 'pass', 'brief-child'])",
                "sub.wait()",
                "print(pid, sub.pid)");
        Recording[] recording = new Recording[1];
        run(code, recording);
        String[] pids = recording[0].outputAfter(-1).get(0).text().split(" ");
        ProcessInfo forked = find(recording[0], Long.parseLong(pids[0]));
        ProcessInfo sub = find(recording[0], Long.parseLong(pids[1]));
        assertEquals(recording[0].processes().get(0).pid(), forked.parentPid());
        assertTrue(sub.command().endsWith("-c pass brief-child"), sub::toString);
        assertEquals(OptionalInt.of(7), forked.exitCode(), "reaped with os.waitpid");
        assertEquals(OptionalInt.of(0), sub.exitCode(), "reaped by subprocess");
    }

    @Test
    void threadsReportTheirRunsWithNativeThreadIds() throws Exception {
        String code = String.join(
                "\n",
                "import threading",
                "def work():",
                "    print(threading.get_native_id())",
                "ts = [threading.Thread(target=work, name='worker-%d' % i) for i in range(2)]",
                "for t in ts: t.start()",
                "for t in ts: t.join()",
                "raise SystemExit(3)");
        Recording[] recording = new Recording[1];
        RunResult result = run(code, recording);
        assertEquals(OptionalInt.of(3), result.exitCode());
        List<TaskSpan> spans = spansLabelled(recording[0], "thread");
        assertEquals(
                Set.of("worker-0", "worker-1"),
                spans.stream().map(TaskSpan::task).collect(Collectors.toSet()));
        Set<String> printedTids =
                recording[0].outputAfter(-1).stream().map(OutputLine::text).collect(Collectors.toSet());
        assertEquals(
                printedTids, spans.stream().map(s -> Long.toString(s.tid())).collect(Collectors.toSet()));
    }

    static List<TaskSpan> spansLabelled(Recording recording, String label) {
        return recording.tasks().stream().filter(s -> s.label().equals(label)).collect(Collectors.toList());
    }

    static ProcessInfo find(Recording recording, long pid) {
        return recording.processes().stream()
                .filter(p -> p.pid() == pid)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no process " + pid + " in " + recording.processes()));
    }
}
