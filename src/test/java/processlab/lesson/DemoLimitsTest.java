package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** A demo's limits are written once, in DemoSpec: the reader refuses past them, the demo clamps edits to them. */
class DemoLimitsTest {

    private static final Path FILE = Path.of("lessons", "07-limits.md");
    private static final String FRONT = "---\ntitle: Limits\n---\n\n";

    @Test
    void theReaderRefusesWhatTheDemoWouldClamp() {
        Lesson tooMany = LessonLoader.parse(
                "07-limits",
                FILE,
                FRONT + "```demo\nruns: [java-threads]\nworkers: " + (DemoSpec.MAX_WORKERS + 1) + "\n```\n");
        assertEquals(1, tooMany.errors().size(), tooMany.errors()::toString);
        assertEquals(DemoSpec.MAX_WORKERS, DemoSpec.clampWorkers(DemoSpec.MAX_WORKERS + 1));
        assertEquals(1, DemoSpec.clampWorkers(0));

        Lesson atMost = LessonLoader.parse(
                "07-limits",
                FILE,
                FRONT + "```demo\nruns: [java-threads]\nworkers: " + DemoSpec.MAX_WORKERS + "\n```\n");
        assertEquals(List.of(), atMost.errors());
        assertEquals(
                DemoSpec.MAX_WORKERS,
                ((DemoBlock) atMost.blocks().get(0)).spec().workers());
    }

    @Test
    void sizesAndSwitchIntervalsAreClampedToTheBlocksRanges() {
        DemoSpec spec = new DemoSpec(
                "", List.of(RunKind.JAVA_THREADS), 4, 4, Workload.SLEEP, 100, 60, false, "default", false, 0);
        assertEquals(Workload.SLEEP.maxSize(), spec.clampSize(Long.MAX_VALUE));
        assertEquals(Workload.SLEEP.minSize(), spec.clampSize(-5));
        assertEquals(0, DemoSpec.clampSwitchInterval(0), "Python's default stays the default");
        assertEquals(DemoSpec.MAX_SWITCH_INTERVAL_MS, DemoSpec.clampSwitchInterval(5_000));
    }
}
