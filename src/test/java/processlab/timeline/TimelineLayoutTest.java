package processlab.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.timeline.SyntheticRecordings.MS;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

class TimelineLayoutTest {

    private static final TimeWindow SECOND = new TimeWindow(0, 1200 * MS);

    private static TimelineFrame layout(Recording recording, TimelineOptions options) {
        return TimelineLayout.layout(recording, SECOND, 1200, 600, options);
    }

    @Test
    void oneLanePerThreadGroupedUnderItsProcess() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        assertEquals(
                List.of(100L, 200L, 300L),
                frame.headers().stream().map(TimelineFrame.ProcessHeader::pid).toList());
        assertEquals(
                List.of(100L, 200L, 300L),
                frame.lanes().stream().map(TimelineFrame.Lane::tid).toList());
        TimelineFrame.ProcessHeader second = frame.headers().get(1);
        TimelineFrame.Lane secondLane = frame.lanes().get(1);
        assertTrue(secondLane.y() >= second.y() + second.height(), "a lane sits below its process header");
        assertTrue(
                frame.headers().get(0).text().contains("main"),
                frame.headers().get(0).text());
        assertTrue(secondLane.detail().contains("tid 200"));
    }

    @Test
    void cpuBlocksAreColouredByTheirCore() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        TimelineFrame.Lane onCore0 = frame.lanes().get(1);
        TimelineFrame.Lane onCore1 = frame.lanes().get(2);
        assertFalse(onCore0.cpu().isEmpty());
        assertTrue(onCore0.cpu().stream().allMatch(b -> b.core() == 0 && b.argb() == CorePalette.colorOf(0)));
        assertTrue(onCore1.cpu().stream().allMatch(b -> b.core() == 1 && b.argb() == CorePalette.colorOf(1)));
        assertTrue(CorePalette.colorOf(0) != CorePalette.colorOf(1));
        assertEquals(
                List.of("core 0", "core 1", "waiting", "task"),
                frame.legend().stream().map(TimelineFrame.LegendEntry::text).toList());
        assertEquals("", frame.legendNote());
    }

    @Test
    void busyShareIsKeptAndContiguousSamplesMerge() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        List<TimelineFrame.CpuBlock> full = frame.lanes().get(1).cpu();
        List<TimelineFrame.CpuBlock> half = frame.lanes().get(2).cpu();
        assertEquals(1, full.size(), "100 equal samples merge into one block");
        assertEquals(1.0, full.get(0).busy(), 1e-9);
        assertEquals(0.5, half.get(0).busy(), 1e-9);
        double x0 = SECOND.toX(50 * MS, frame.plotLeft(), frame.plotWidth());
        assertEquals(x0, full.get(0).x0(), 0.01);
    }

    @Test
    void waitingThreadGetsLinesNotBlocks() {
        TimelineFrame.Lane parent = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults())
                .lanes()
                .get(0);
        assertTrue(parent.cpu().isEmpty());
        assertEquals(1, parent.waits().size());
    }

    @Test
    void taskBarsAreLabelledWithTheirTask() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        TimelineFrame.TaskBar bar = frame.lanes().get(2).tasks().get(0);
        assertEquals("task 1", bar.text());
        assertEquals(SECOND.toX(65 * MS, frame.plotLeft(), frame.plotWidth()), bar.x0(), 0.01);
        assertFalse(bar.running());
    }

    @Test
    void exitMarksShowTheCodeAndFailuresAreMarked() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        TimelineFrame.ProcessHeader ok = frame.headers().get(1);
        TimelineFrame.ProcessHeader failed = frame.headers().get(2);
        assertFalse(ok.failed());
        assertTrue(failed.failed());
        assertTrue(failed.text().endsWith("pid 300 · exit 1"), failed.text());
        assertTrue(failed.marks().stream()
                .anyMatch(m -> m.kind() == TimelineFrame.MarkKind.EXIT_FAILED
                        && m.text().equals("exit 1")));
        assertTrue(ok.marks().stream().anyMatch(m -> m.kind() == TimelineFrame.MarkKind.EXIT_OK));
    }

    @Test
    void unknownCoreIsGreyWithANote() {
        Recording recording = new Recording("Java threads", System.nanoTime(), 4, false, 100);
        recording.processStarted(10, 1, "java -cp x Worker", 0);
        ThreadTrack thread = recording.thread(10, 11, "worker-0", 0);
        SyntheticRecordings.busy(recording, thread, 0, 500 * MS, CpuSample.UNKNOWN_CORE, 1.0);
        recording.finish(600 * MS);
        TimelineFrame frame = layout(recording, TimelineOptions.defaults());
        assertEquals(
                CorePalette.colorOf(CpuSample.UNKNOWN_CORE),
                frame.lanes().get(0).cpu().get(0).argb());
        assertEquals("core not measurable on this OS", frame.legendNote());
        assertEquals("core unknown", frame.legend().get(0).text());
    }

    @Test
    void jvmInternalThreadsAreHiddenUnlessAsked() {
        Recording recording = new Recording("Java threads", System.nanoTime(), 2, true, 100);
        recording.processStarted(10, 1, "/usr/lib/jvm/bin/java -cp x Worker", 0);
        recording.thread(10, 10, "java", 0);
        recording.thread(10, 11, "java", 0);
        recording.thread(10, 12, "GC Thread#0", 0);
        recording.thread(10, 13, "C2 CompilerThre", 0);
        recording.thread(10, 14, "worker-0", 0);
        recording.thread(10, 15, "worker-1", 0);
        recording.processEnded(10, 100 * MS, OptionalInt.of(0));
        List<Long> shown = layout(recording, TimelineOptions.defaults()).lanes().stream()
                .map(TimelineFrame.Lane::tid)
                .toList();
        assertEquals(List.of(11L, 14L, 15L), shown);
        assertEquals(
                List.of("main thread", "worker-0", "worker-1"),
                layout(recording, TimelineOptions.defaults()).lanes().stream()
                        .map(TimelineFrame.Lane::label)
                        .toList());
        assertEquals(
                6,
                layout(recording, TimelineOptions.defaults().withShowAllThreads(true))
                        .lanes()
                        .size());
    }

    @Test
    void pythonProcessesShowEveryThread() {
        Recording recording = new Recording("Python threads", System.nanoTime(), 2, true, 100);
        recording.processStarted(10, 1, "python3 x.py", 0);
        recording.thread(10, 10, "python3", 0);
        recording.thread(10, 11, "Thread-1 (work)", 0);
        recording.thread(10, 12, "python3", 0);
        List<TimelineFrame.Lane> lanes =
                layout(recording, TimelineOptions.defaults()).lanes();
        assertEquals(
                List.of("main thread", "Thread-1 (work)", "thread 12"),
                lanes.stream().map(TimelineFrame.Lane::label).toList(),
                "unnamed threads are told apart by tid");
    }

    @Test
    void manyShortSamplesStayBoundedByPixels() {
        Recording recording = new Recording("long", System.nanoTime(), 2, true, 100);
        recording.processStarted(1, 0, "python3", 0);
        ThreadTrack thread = recording.thread(1, 1, "python3", 0);
        for (long t = 0; t < 600_000 * MS; t += 10 * MS) {
            int core = (int) ((t / (10 * MS)) % 2);
            recording.addCpuSample(thread, new CpuSample(t, t + 10 * MS, 10 * MS, core, 'R'));
        }
        recording.finish(600_000 * MS);
        TimelineFrame frame =
                TimelineLayout.layout(recording, new TimeWindow(0, 600_000 * MS), 800, 300, TimelineOptions.defaults());
        assertTrue(
                frame.lanes().get(0).cpu().size() <= 3 * 800,
                "blocks: " + frame.lanes().get(0).cpu().size());
    }

    @Test
    void axisTicksAreRoundSeconds() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        assertEquals("0 s", frame.ticks().get(0).label());
        assertTrue(
                frame.ticks().stream()
                        .anyMatch(t -> t.label().equals("1.0 s") || t.label().equals("1 s")),
                frame.ticks().toString());
    }

    @Test
    void hoverDescribesThreadCoreAndTimes() {
        TimelineFrame frame = layout(SyntheticRecordings.twoChildren(), TimelineOptions.defaults());
        TimelineFrame.Lane lane = frame.lanes().get(1);
        double x = SECOND.toX(500 * MS, frame.plotLeft(), frame.plotWidth());
        String text = frame.describeAt(x, lane.y() + 5).orElseThrow();
        assertTrue(
                text.contains("pid 200")
                        && text.contains("tid 200")
                        && text.contains("core 0")
                        && text.contains("start 0.050 s")
                        && text.contains("length 1.000 s"),
                text);
        assertTrue(frame.describeAt(5, lane.y() + 5).isEmpty(), "the label gutter has no tooltip");
    }

    @Test
    void hoverNamesTheProcessByItsRoleAndTheTaskRunningThere() {
        Recording recording = SyntheticRecordings.twoChildren();
        recording.setProcessRole(200, "pool worker 1");
        TimelineFrame frame = layout(recording, TimelineOptions.defaults());
        TimelineFrame.Lane lane = frame.lanes().get(1);
        double x = SECOND.toX(500 * MS, frame.plotLeft(), frame.plotWidth());
        // High in the lane, over the CPU block: the task below it in the lane is named all the same.
        String text = frame.describeAt(x, lane.y() + 5).orElseThrow();
        assertEquals(
                List.of(
                        "pid 200 · pool worker 1",
                        "main thread · tid 200 · python3",
                        "core 0 · start 0.050 s · length 1.000 s · 100% on CPU",
                        "task 0 · start 0.055 s · length 0.990 s"),
                List.of(text.split("\n")));
        double afterTheTask = SECOND.toX(1100 * MS, frame.plotLeft(), frame.plotWidth());
        String main =
                frame.describeAt(afterTheTask, frame.lanes().get(0).y() + 5).orElseThrow();
        assertEquals(
                List.of("pid 100 · main", "main thread · tid 100 · python3", "waiting (off the CPU) at 1.100 s"),
                List.of(main.split("\n")));
    }
}
