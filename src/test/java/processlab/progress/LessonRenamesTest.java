package processlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress saved before the lessons were renumbered follows each lesson to its new id. */
class LessonRenamesTest {

    private static final Path LESSONS = Path.of(System.getProperty("processlab.home", "."), "lessons");

    @TempDir
    Path dir;

    @Test
    void progressSavedUnderTheOldIdsComesBackUnderTheNewOnes() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), """
                {
                  "version" : 1,
                  "lastLesson" : "08-start-methods",
                  "lessonsRead" : [ "01-what-is-multiprocessing", "04-what-is-a-pool", "12-start-up-cost" ],
                  "exercisesPassed" : [ "03-create-a-process/first-process", "05-create-a-pool/cube-pool",
                                        "06-four-processes/four-numbers" ],
                  "exerciseSolutions" : { "06-four-processes/four-numbers" : "print(4)" },
                  "quizAnswers" : [ { "lesson" : "07-sharing-data", "quizLine" : 226, "question" : 0,
                                      "chosen" : 1, "correct" : true } ]
                }
                """);
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertEquals(Optional.of("04-start-methods"), store.lastLesson());
            assertTrue(store.isLessonRead("01-what-is-multiprocessing"));
            assertTrue(store.isLessonRead("07-what-is-a-pool"));
            assertTrue(store.isLessonRead("06-start-up-cost"));
            assertFalse(store.isLessonRead("04-what-is-a-pool"), "the old id is gone");
            assertTrue(store.isExercisePassed("03-create-a-process", "first-process"));
            assertTrue(store.isExercisePassed("08-create-a-pool", "cube-pool"));
            assertTrue(store.isExercisePassed("05-four-processes", "four-numbers"));
            assertEquals(Optional.of("print(4)"), store.exerciseSolution("05-four-processes", "four-numbers"));
            assertEquals(
                    Optional.of(new QuizAnswer(1, true)), store.quizAnswer(new QuizKey("09-sharing-data", 226, 0)));
            store.markLessonRead("02-processes-vs-threads");
        }
        String saved = Files.readString(dir.resolve(ProgressStore.FILE_NAME));
        assertFalse(saved.contains("08-start-methods"), "the next save writes the new ids:\n" + saved);
        assertTrue(saved.contains("\"07-what-is-a-pool\""), saved);
    }

    @Test
    void everyNewIdIsAShippedLessonAndNoOldIdIs() throws IOException {
        Set<String> shipped;
        try (Stream<Path> files = Files.list(LESSONS)) {
            shipped = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .collect(Collectors.toSet());
        }
        LessonRenames.OLD_TO_NEW.forEach((oldId, newId) -> {
            assertTrue(shipped.contains(newId), newId + " is a shipped lesson");
            assertFalse(shipped.contains(oldId), oldId + " is not a lesson any more");
        });
        assertTrue(shipped.contains("02-processes-vs-threads"), "lesson 02 keeps its id (the benchmark opens it)");
    }

    @Test
    void renamingIsHarmlessTwiceAndLeavesOtherIdsAlone() {
        for (String newId : LessonRenames.OLD_TO_NEW.values()) {
            assertEquals(newId, LessonRenames.current(newId), "no old id is a new id");
        }
        assertEquals("03-create-a-process", LessonRenames.current("03-create-a-process"));
        assertEquals("my-own-lesson", LessonRenames.current("my-own-lesson"));
        assertEquals("", LessonRenames.current(""));
    }
}
