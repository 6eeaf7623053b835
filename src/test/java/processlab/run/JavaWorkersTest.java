package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.recording.ThreadTrack;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;

/** The Java demos: one child JVM with named threads, or several child JVMs; both report their tasks. */
@Timeout(90)
class JavaWorkersTest {

    @Test
    void javaThreadsRunInOneJvmAsNamedThreadsReportingTasks() throws Exception {
        RunSession session = TestRuns.start(RunSpec.Demo.of(RunKind.JAVA_THREADS, 3, 6, Workload.SLEEP, 150));
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        Recording recording = session.recording();
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording));
        List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "java");
        assertEquals(6, spans.size(), spans::toString);
        assertEquals(Set.of(session.pid()), spans.stream().map(TaskSpan::pid).collect(Collectors.toSet()));
        Set<Long> tids = spans.stream().map(TaskSpan::tid).collect(Collectors.toSet());
        assertEquals(3, tids.size(), "three worker threads: " + spans);
        Set<String> names = recording.threads().stream()
                .filter(t -> tids.contains(t.tid()))
                .map(ThreadTrack::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("worker-1", "worker-2", "worker-3"), names, "the observer sees the same threads");
    }

    /**
     * CPU-bound workers that live a few tens of milliseconds: the observer, which the run keeps busy, may not look
     * while one lives, or may first see it under the name it inherited ("java", hidden with the JVM's own threads).
     * Each worker says its name as it starts and its CPU as it ends, so all four are on the timeline, as workers.
     */
    @Test
    void shortLivedJavaWorkersAreAllOnTheTimelineByName() throws Exception {
        RunSession session =
                TestRuns.start(RunSpec.Demo.of(RunKind.JAVA_THREADS, 4, 4, Workload.COUNT_PRIMES, 250_000));
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        Recording recording = session.recording();
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording));
        List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "java");
        Set<Long> tids = spans.stream().map(TaskSpan::tid).collect(Collectors.toSet());
        assertEquals(4, tids.size(), "four workers ran tasks: " + spans);
        List<ThreadTrack> workers =
                recording.threads().stream().filter(t -> tids.contains(t.tid())).toList();
        assertEquals(
                Set.of("worker-1", "worker-2", "worker-3", "worker-4"),
                workers.stream().map(ThreadTrack::name).collect(Collectors.toSet()),
                "every worker has its lane, by name; all threads: "
                        + recording.threads().stream()
                                .map(t -> t.tid() + " " + t.name())
                                .toList());
        for (ThreadTrack worker : workers) {
            assertTrue(worker.totalOnCpuNs() > 0, worker.name() + " shows the CPU it used");
        }
    }

    @Test
    void javaProcessesRunInChildJvmsReportingTasks() throws Exception {
        RunSession session = TestRuns.start(RunSpec.Demo.of(RunKind.JAVA_PROCESSES, 2, 4, Workload.SLEEP, 100));
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        Recording recording = session.recording();
        assertEquals(OptionalInt.of(0), result.exitCode(), Waits.output(recording));
        List<TaskSpan> spans = PythonTaskEventsTest.spansLabelled(recording, "java");
        assertEquals(4, spans.size(), spans::toString);
        Set<Long> pids = spans.stream().map(TaskSpan::pid).collect(Collectors.toSet());
        assertEquals(2, pids.size());
        assertTrue(!pids.contains(session.pid()), "tasks run in the children");
        for (long pid : pids) {
            assertEquals(
                    session.pid(), PythonTaskEventsTest.find(recording, pid).parentPid());
            assertEquals(
                    OptionalInt.of(0), PythonTaskEventsTest.find(recording, pid).exitCode());
        }
        for (OutputLine line : recording.outputAfter(-1)) {
            assertTrue(line.text().startsWith("process " + line.pid() + " "), "tagged with its pid: " + line);
        }
    }

    @Test
    void childJvmsExitWhenTheirParentDies() throws Exception {
        // Not through a RunSession: no process group, no guardian. The children must notice on their own.
        Process parent = new ProcessBuilder(processlab.worker.JvmCommand.forMain(
                        processlab.worker.JavaProcessesWorker.class, List.of("2", "2", "sleep", "60000")))
                .redirectErrorStream(true)
                .start();
        Waits.until(Duration.ofSeconds(30), () -> parent.descendants().count() == 2, () -> "children not started");
        List<ProcessHandle> children = parent.descendants().collect(Collectors.toList());
        parent.destroyForcibly();
        Waits.until(
                Duration.ofSeconds(5),
                () -> children.stream().noneMatch(c -> Waits.running(c.pid())),
                () -> "children outlived their parent: " + children);
    }

    @Test
    void singleFileJavaProgramRuns() throws Exception {
        RunSession session = TestRuns.start(new RunSpec.JavaSource(
                "public class Hello { public static void main(String[] a) { System.out.println(\"hi \" + 6 * 7); "
                        + "System.exit(4); } }",
                "Hello",
                RunLimits.DEFAULT));
        RunResult result = Waits.end(session, Duration.ofSeconds(60));
        assertEquals(OptionalInt.of(4), result.exitCode(), Waits.output(session.recording()));
        assertEquals("hi 42", session.recording().outputAfter(-1).get(0).text());
    }
}
