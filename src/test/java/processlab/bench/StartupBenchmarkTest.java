package processlab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupBenchmarkTest {

    /** The stand-in lesson is a resource beside the class: it must move with it (it once stayed in cli/bench). */
    @Test
    void theSampleLessonShipsBesideTheBenchmark() throws IOException {
        Path dir = StartupBenchmark.sampleLessons();
        String lesson = Files.readString(dir.resolve("01-sample.md"));
        assertTrue(lesson.startsWith("---") || lesson.contains("#"), "a lesson: " + lesson);
    }
}
