package processlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    @Test
    void everythingSavedComesBackAfterReopening() {
        try (ProgressStore store = ProgressStore.open(dir)) {
            store.markLessonRead("01-intro");
            store.markExercisePassed("02-process", "create-one");
            store.recordQuizAnswer(new QuizKey("01-intro", 40, 1), new QuizAnswer(2, true));
            store.setLastLesson("02-process");
        }
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertTrue(store.isLessonRead("01-intro"));
            assertFalse(store.isLessonRead("02-process"));
            assertTrue(store.isExercisePassed("02-process", "create-one"));
            assertFalse(store.isExercisePassed("02-process", "other"));
            assertEquals(Optional.of(new QuizAnswer(2, true)), store.quizAnswer(new QuizKey("01-intro", 40, 1)));
            assertEquals(Optional.empty(), store.quizAnswer(new QuizKey("01-intro", 40, 0)));
            assertEquals(Optional.of("02-process"), store.lastLesson());
        }
    }

    @Test
    void aPassingSolutionComesBackAfterReopening() throws IOException {
        String code = "import multiprocessing\nprint(\"quotes \\\" and\\nlines\")\n";
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals(Optional.empty(), store.exerciseSolution("05-four", "four"));
            store.recordPassingSolution("05-four", "four", code);
        }
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertTrue(store.isExercisePassed("05-four", "four"));
            assertEquals(Optional.of(code), store.exerciseSolution("05-four", "four"));
            assertEquals(Optional.empty(), store.exerciseSolution("05-four", "other"));
        }
    }

    @Test
    void aDemoPredictionComesBackAfterReopeningAndAnEmptyOneIsForgotten() throws IOException {
        String key = "02-processes-vs-threads/Threads take turns/python-processes";
        try (ProgressStore store = ProgressStore.open(dir)) {
            store.recordDemoPrediction(key, "cores=2.0;speedUp=1.5");
            store.recordDemoPrediction(key + "x", "cores=1.0");
            store.recordDemoPrediction(key + "x", "");
        }
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertEquals(Optional.of("cores=2.0;speedUp=1.5"), store.demoPrediction(key));
            assertEquals(Optional.empty(), store.demoPrediction(key + "x"));
        }
    }

    @Test
    void missingFolderIsCreatedOnFirstSave() {
        Path nested = dir.resolve("not/yet/there");
        try (ProgressStore store = ProgressStore.open(nested)) {
            assertEquals("", store.loadMessage());
            assertEquals(Optional.empty(), store.lastLesson());
            store.markLessonRead("01-intro");
        }
        assertTrue(Files.isRegularFile(nested.resolve(ProgressStore.FILE_NAME)));
    }

    @Test
    void damagedFileIsSetAsideWithAMessage() throws IOException {
        Files.writeString(
                dir.resolve(ProgressStore.FILE_NAME), "{\"lessonsRead\": [\"01-intro\", ", StandardCharsets.UTF_8);
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertTrue(store.loadMessage().contains("could not be read"), store.loadMessage());
            assertTrue(store.loadMessage().contains(ProgressStore.FILE_NAME + ".damaged-"), store.loadMessage());
            assertFalse(store.isLessonRead("01-intro"));
            store.markLessonRead("03-pool");
        }
        assertEquals(1, damagedCopies().size());
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertTrue(store.isLessonRead("03-pool"));
        }
    }

    @Test
    void aNamedPipeInsteadOfTheFileIsSetAsideNotWaitedOn() throws Exception {
        Path pipe = dir.resolve(ProgressStore.FILE_NAME);
        Fifo.make(pipe);
        try (ProgressStore store = Fifo.within5Seconds(pipe, () -> ProgressStore.open(dir))) {
            assertTrue(store.loadMessage().contains("could not be read"), store.loadMessage());
            assertTrue(store.loadMessage().contains("not a regular file"), store.loadMessage());
            assertTrue(store.loadMessage().contains(ProgressStore.FILE_NAME + ".damaged-"), store.loadMessage());
            store.markLessonRead("01-intro");
        }
        assertEquals(1, damagedCopies().size());
        assertTrue(Files.isRegularFile(pipe), "the next save writes a plain file in its place");
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertTrue(store.isLessonRead("01-intro"));
        }
    }

    @Test
    void aFolderInsteadOfTheFileIsSetAsideToo() throws Exception {
        Files.createDirectory(dir.resolve(ProgressStore.FILE_NAME));
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertTrue(store.loadMessage().contains("not a regular file"), store.loadMessage());
            store.markLessonRead("01-intro");
        }
        assertTrue(Files.isRegularFile(dir.resolve(ProgressStore.FILE_NAME)));
    }

    @Test
    void wrongShapeCountsAsDamaged() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "{\"lessonsRead\": {\"a\": 1}}");
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertFalse(store.loadMessage().isEmpty());
        }
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "[1, 2]");
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertFalse(store.loadMessage().isEmpty());
        }
        Files.write(dir.resolve(ProgressStore.FILE_NAME), new byte[] {(byte) 0xff, 0, 0x13, 0x7f});
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertFalse(store.loadMessage().isEmpty());
        }
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws IOException {
        Files.writeString(
                dir.resolve(ProgressStore.FILE_NAME),
                "{\"version\": 9, \"future\": {\"x\": [1, {\"y\": 2}]}, \"lessonsRead\": [\"01-intro\"]}");
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertTrue(store.isLessonRead("01-intro"));
        }
    }

    @Test
    void fieldsOfANewerVersionAreWrittenBackUnchanged() throws IOException {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        Files.writeString(file, """
                {"version": 2, "future": {"x": [1, 2.50, {"y": null}], "big": 12345678901234567890},
                 "lessonsRead": ["01-intro"], "streak": 7,
                 "quizAnswers": [
                   {"lesson": "01-intro", "quizLine": 40, "question": 0, "chosen": 1, "correct": true,
                    "answeredAt": "2026-01-02", "hints": [1, 2]},
                   {"lesson": "01-intro", "quizLine": 40, "question": 1, "chosen": 0, "correct": false,
                    "answeredAt": "2026-01-03"}]}
                """);
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            store.markLessonRead("02-process");
            // Answered again: what the newer version kept about the old answer no longer describes it.
            store.recordQuizAnswer(new QuizKey("01-intro", 40, 1), new QuizAnswer(1, true));
        }
        String written = Files.readString(file).replaceAll("\\s", "");
        assertTrue(written.contains("\"version\":2,"), written);
        assertTrue(written.contains("\"future\":{\"x\":[1,2.50,{\"y\":null}],\"big\":12345678901234567890}"), written);
        assertTrue(written.contains("\"streak\":7"), written);
        assertTrue(written.contains("\"correct\":true,\"answeredAt\":\"2026-01-02\",\"hints\":[1,2]}"), written);
        assertFalse(written.contains("2026-01-03"), written);
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            assertTrue(store.isLessonRead("01-intro") && store.isLessonRead("02-process"));
            assertEquals(Optional.of(new QuizAnswer(1, true)), store.quizAnswer(new QuizKey("01-intro", 40, 0)));
            assertEquals(Optional.of(new QuizAnswer(1, true)), store.quizAnswer(new QuizKey("01-intro", 40, 1)));
        }
    }

    @Test
    void fieldsOfANewerVersionFollowALessonsNewId() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), """
                {"quizAnswers": [{"lesson": "08-start-methods", "quizLine": 9, "question": 0, "chosen": 1,
                  "correct": true, "answeredAt": "2026-01-02"}]}
                """);
        try (ProgressStore store = ProgressStore.open(dir)) {
            store.markLessonRead("01-intro");
        }
        String written = Files.readString(dir.resolve(ProgressStore.FILE_NAME)).replaceAll("\\s", "");
        assertTrue(written.contains("\"lesson\":\"04-start-methods\""), written);
        assertTrue(written.contains("\"answeredAt\":\"2026-01-02\""), written);
    }

    @Test
    void concurrentChangesAreAllSavedAndNoTempFileIsLeft() throws Exception {
        int threads = 4;
        int perThread = 50;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        try (ProgressStore store = ProgressStore.open(dir)) {
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread worker = new Thread(
                        () -> {
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                return;
                            }
                            for (int i = 0; i < perThread; i++) {
                                store.markLessonRead("lesson-" + id + "-" + i);
                                store.recordQuizAnswer(new QuizKey("q" + id, i, 0), new QuizAnswer(i % 3, i % 2 == 0));
                            }
                        },
                        "progress-test-" + t);
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
            go.countDown();
            for (Thread worker : workers) {
                worker.join(10_000);
            }
        }
        try (ProgressStore store = ProgressStore.open(dir)) {
            assertEquals("", store.loadMessage());
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    assertTrue(store.isLessonRead("lesson-" + t + "-" + i));
                    assertEquals(
                            Optional.of(new QuizAnswer(i % 3, i % 2 == 0)),
                            store.quizAnswer(new QuizKey("q" + t, i, 0)));
                }
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(ProgressStore.FILE_NAME),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void tempFilesLeftByAKilledSaveAreRemovedAtTheNextStartButNoOthers() throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        List<String> kept = List.of(
                "progress.json99.tmp",
                "progress.json.damaged-20260101-101010",
                "notes123.tmp",
                "progress.jsonabc.tmp",
                "settings.properties123.tmp",
                "progress.json7.tmp.bak");
        for (String name : kept) {
            Files.writeString(dir.resolve(name), "{");
            if (!name.equals("progress.json99.tmp")) { // that one is being written right now
                Files.setLastModifiedTime(dir.resolve(name), hourAgo);
            }
        }
        Path folder = Files.createDirectory(dir.resolve("progress.json5.tmp"));
        Files.setLastModifiedTime(folder, hourAgo);
        Path stale = dir.resolve("progress.json8237461930.tmp");
        Files.writeString(stale, "{\"lessonsRead\": [\"01-in");
        Files.setLastModifiedTime(stale, hourAgo);

        try (ProgressStore store = ProgressStore.open(dir)) {
            store.flush();
            assertFalse(Files.exists(stale));
        }
        for (String name : kept) {
            assertTrue(Files.exists(dir.resolve(name)), name);
        }
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void theTempFileOfASaveIsOneTheCleanUpKnowsAsOurs() throws IOException {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        List<String> during = new ArrayList<>();
        SaveThread.replace(file, out -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(p -> during.add(p.getFileName().toString()));
            }
            out.write('{');
        });
        assertEquals(1, during.size(), during.toString());
        assertTrue(SaveThread.isOwnTemp(file, during.get(0)), during.get(0));
        assertFalse(SaveThread.isOwnTemp(file, ProgressStore.FILE_NAME));
    }

    @Test
    void listenersHearChangesButNotRepeats() {
        try (ProgressStore store = ProgressStore.open(dir)) {
            int[] calls = {0};
            store.addListener(() -> calls[0]++);
            store.markLessonRead("a");
            store.markLessonRead("a");
            store.setLastLesson("a");
            store.setLastLesson("a");
            assertEquals(2, calls[0]);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesASaveProblemNotACrash() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        try (ProgressStore store = ProgressStore.open(blocker.resolve("processlab"))) {
            store.markLessonRead("a");
            store.flush();
            assertTrue(store.saveProblem().startsWith("Progress could not be saved"), store.saveProblem());
            assertTrue(store.isLessonRead("a"));
        }
    }

    @Test
    void saveListenersHearAProblemOnceAndWhenItIsGone() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ProgressStore store = ProgressStore.open(blocker.resolve("processlab"))) {
            store.addSaveListener(heard::add);
            store.markLessonRead("a");
            store.flush();
            store.markLessonRead("b");
            store.flush();
            assertEquals(1, heard.size(), "the same problem is told once: " + heard);
            assertTrue(heard.get(0).startsWith("Progress could not be saved"), heard.get(0));
            Files.delete(blocker);
            store.markLessonRead("c");
            store.flush();
            assertEquals(List.of(heard.get(0), ""), heard, "saving works again");
        }
    }

    private List<Path> damagedCopies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(ProgressStore.FILE_NAME + ".damaged-"))
                    .toList();
        }
    }
}
