package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** Good lessons: every block kind and field, fences, folders. */
class LessonLoaderTest {

    static final Path GOOD = Path.of("src/test/resources/lessons-good");
    static final Path EVERY_BLOCK = GOOD.resolve("02-every-block.md");

    @Test
    void folderLoadsEveryMarkdownFileInNameOrder() throws IOException {
        List<Lesson> lessons = LessonLoader.loadFolder(GOOD);

        assertEquals(
                List.of("01-design-example", "02-every-block", "03-minimal"),
                lessons.stream().map(Lesson::id).toList());
        lessons.forEach(lesson -> assertEquals(List.of(), lesson.errors(), lesson.id()));
        assertEquals(GOOD.resolve("03-minimal.md"), lessons.get(2).file());
    }

    @Test
    void missingFolderIsAnIoExceptionNamingIt() {
        IOException e = assertThrows(IOException.class, () -> LessonLoader.loadFolder(GOOD.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void aFileIsNotAFolder() {
        IOException e = assertThrows(IOException.class, () -> LessonLoader.loadFolder(EVERY_BLOCK));
        assertTrue(e.getMessage().startsWith("not a folder"), e.getMessage());
    }

    @Test
    void linksThatLeadNowhereAndPipesAreLessonsWithAnErrorNotSkippedWithoutAWord(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-fine.md"), "---\ntitle: Fine\n---\nText.\n");
        Files.createSymbolicLink(dir.resolve("02-gone.md"), Path.of("moved-away.md"));
        Files.createSymbolicLink(dir.resolve("03-loop.md"), Path.of("04-loop.md"));
        Files.createSymbolicLink(dir.resolve("04-loop.md"), Path.of("03-loop.md"));
        Files.createSymbolicLink(dir.resolve("05-good-link.md"), Path.of("01-fine.md"));
        Files.createDirectory(dir.resolve("06-a-folder.md"));
        processlab.progress.Fifo.make(dir.resolve("07-pipe.md"));

        List<Lesson> lessons =
                processlab.progress.Fifo.within5Seconds(dir.resolve("07-pipe.md"), () -> LessonLoader.loadFolder(dir));

        assertEquals(
                List.of("01-fine", "02-gone", "03-loop", "04-loop", "05-good-link", "07-pipe"),
                lessons.stream().map(Lesson::id).toList(),
                "a folder named .md is no lesson; the rest are");
        assertEquals(List.of(), lessons.get(0).errors());
        assertEquals(
                List.of(new LessonError(
                        dir.resolve("02-gone.md"), 1, "the file is a link to 'moved-away.md', which does not exist")),
                lessons.get(1).errors());
        assertEquals(
                List.of(
                        new LessonError(
                                dir.resolve("03-loop.md"),
                                1,
                                "the file is a link that never reaches a file, it loops: 03-loop.md -> 04-loop.md -> 03-loop.md")),
                lessons.get(2).errors());
        assertEquals(
                List.of(
                        new LessonError(
                                dir.resolve("04-loop.md"),
                                1,
                                "the file is a link that never reaches a file, it loops: 04-loop.md -> 03-loop.md -> 04-loop.md")),
                lessons.get(3).errors());
        assertEquals("Fine", lessons.get(4).title());
        assertEquals(List.of(), lessons.get(4).errors());
        assertEquals(
                List.of(new LessonError(
                        dir.resolve("07-pipe.md"),
                        1,
                        "the file is not a regular file but a named pipe, socket or device; a lesson is a text file")),
                lessons.get(5).errors());
    }

    @Test
    void frontMatterAcceptsQuotesAndComments() {
        Lesson lesson = LessonLoader.loadFile(EVERY_BLOCK);

        assertEquals(List.of(), lesson.errors());
        assertEquals("Every block: kinds and fields", lesson.title());
        assertEquals("What can a lesson hold?", lesson.question());
    }

    @Test
    void blocksInOrderWithTheirKindsAndLines() {
        List<Block> blocks = LessonLoader.loadFile(EVERY_BLOCK).blocks();

        assertEquals(
                List.of(
                        "markdown",
                        "python",
                        "python",
                        "python",
                        "bash",
                        "text",
                        "demo",
                        "quiz",
                        "exercise",
                        "markdown"),
                blocks.stream().map(Block::kind).toList());
        assertEquals(
                List.of(7, 11, 15, 19, 25, 29, 33, 48, 65, 76),
                blocks.stream().map(Block::line).toList());
        assertEquals("# Heading\n\nSome *prose* with `code`.", blocks.get(0).body());
        assertEquals("Closing prose.", blocks.get(9).body());
    }

    @Test
    void tildeFenceWithExpectedError() {
        CodeBlock code = assertInstanceOf(
                CodeBlock.class, LessonLoader.loadFile(EVERY_BLOCK).blocks().get(1));

        assertTrue(code.runnable());
        assertEquals(Optional.of("NameError"), code.expectedError());
        assertEquals("python run error=NameError", code.info());
        assertEquals("print(undefined_name)", code.body());
    }

    @Test
    void plainPythonIsShownNotRun() {
        CodeBlock code = assertInstanceOf(
                CodeBlock.class, LessonLoader.loadFile(EVERY_BLOCK).blocks().get(2));

        assertFalse(code.runnable());
        assertEquals(Optional.empty(), code.expectedError());
    }

    @Test
    void shorterFenceInsideALongerOneIsText() {
        CodeBlock code = assertInstanceOf(
                CodeBlock.class, LessonLoader.loadFile(EVERY_BLOCK).blocks().get(3));

        assertEquals("```\na fence of three inside a fence of four stays text\n```", code.body());
    }

    @Test
    void indentedFenceLosesItsIndentationAndOtherLanguagesArePlainCode() {
        List<Block> blocks = LessonLoader.loadFile(EVERY_BLOCK).blocks();

        CodeBlock bash = assertInstanceOf(CodeBlock.class, blocks.get(4));
        assertEquals("echo indented fence: two spaces are removed", bash.body());
        assertFalse(bash.runnable());
        CodeBlock none = assertInstanceOf(CodeBlock.class, blocks.get(5));
        assertEquals("", none.info());
        assertEquals("text", none.language());
    }

    @Test
    void demoWithEveryField() {
        DemoSpec spec = assertInstanceOf(
                        DemoBlock.class,
                        LessonLoader.loadFile(EVERY_BLOCK).blocks().get(6))
                .spec();

        assertEquals(
                new DemoSpec(
                        "Every field",
                        List.of(RunKind.PYTHON_PROCESSES, RunKind.PYTHON_POOL),
                        8,
                        16,
                        Workload.SLEEP,
                        250,
                        120,
                        true,
                        "spawn",
                        true,
                        0),
                spec);
    }

    @Test
    void quizWithBlockListsQuotesLiteralsAndColonsInText() {
        QuizBlock quiz = assertInstanceOf(
                QuizBlock.class, LessonLoader.loadFile(EVERY_BLOCK).blocks().get(7));

        QuizQuestion first = quiz.questions().get(0);
        assertEquals(49, first.line());
        assertEquals(List.of("A thread", "A running program, with its own memory", "It's neither"), first.choices());
        assertEquals(1, first.answer());
        assertEquals("The GIL: one thread at a time in each interpreter.", first.explain());
        QuizQuestion second = quiz.questions().get(1);
        assertEquals(57, second.line());
        assertEquals(List.of("yes", "no, never", "maybe"), second.choices());
        assertEquals(0, second.answer());
        assertEquals("Literal text\nkeeps its lines.", second.explain());
    }

    @Test
    void exerciseWithLiteralStarter() {
        ExerciseBlock exercise = assertInstanceOf(
                ExerciseBlock.class, LessonLoader.loadFile(EVERY_BLOCK).blocks().get(8));

        assertEquals("first-process", exercise.id());
        assertEquals("Start a process", exercise.title());
        assertEquals(ExerciseCheck.CREATE_PROCESS, exercise.check());
        assertEquals("Start **one** child process and join it.", exercise.prompt());
        assertEquals(
                "import multiprocessing\n\ndef work():\n    print(\"hello from the child\")\n", exercise.starter());
    }

    @Test
    void demoDefaultsFollowTheTask() {
        Lesson lesson = parse("""
                ```demo
                runs: [python-threads]
                task: sleep
                ```
                """);

        DemoSpec spec =
                assertInstanceOf(DemoBlock.class, lesson.blocks().get(0)).spec();
        assertEquals(
                new DemoSpec(
                        "", List.of(RunKind.PYTHON_THREADS), 4, 4, Workload.SLEEP, 500, 60, false, "default", false, 0),
                spec);
    }

    @Test
    void tasksDefaultToWorkersAndNumbersMayGroupDigits() {
        Lesson lesson = parse("""
                ```demo
                runs: [java-threads, java-processes]
                workers: 6
                size: 2_000_000
                ```
                """);

        DemoSpec spec =
                assertInstanceOf(DemoBlock.class, lesson.blocks().get(0)).spec();
        assertEquals(6, spec.tasks());
        assertEquals(2_000_000, spec.size());
    }

    @Test
    void fencesInsideAListItemOrAnHtmlCommentStayInTheProseAsThePageDrawsThem() {
        // The fences are commonmark's: a code block inside a list item is part of the list, not a block of its own
        // that cut the list in two, and a fence inside an HTML comment is no fence at all.
        Lesson lesson = parse("""
                - Step one:

                  ```bash
                  echo in the list
                  ```
                - Step two

                <!--
                ```python run
                print("commented out")
                ```
                -->

                ```python
                print(1)
                ```
                """);

        assertEquals(List.of(), lesson.errors());
        assertEquals(
                List.of("markdown", "python"),
                lesson.blocks().stream().map(Block::kind).toList());
        assertEquals(List.of(4, 17), lesson.blocks().stream().map(Block::line).toList());
        assertTrue(
                lesson.blocks().get(0).body().endsWith("-->"),
                lesson.blocks().get(0).body());
    }

    @Test
    void javaRightAfterPythonFollowsItInTheBlockList() {
        Lesson lesson = parse("""
                ```python run
                print(1)
                ```


                ```java
                System.out.println(1);
                ```
                """);

        assertEquals(
                List.of("python", "java"),
                lesson.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkKeepLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("01-crlf.md");
        Files.writeString(
                file,
                "\uFEFF---\r\ntitle: CRLF\r\n---\r\n\r\n```quiz\r\n- q: x\r\n  choices: [a, b]\r\n"
                        + "  answer: 2\r\n  explain: y\r\n```\r\n",
                StandardCharsets.UTF_8);

        Lesson lesson = LessonLoader.loadFile(file);

        assertEquals("CRLF", lesson.title());
        assertEquals(List.of(new LessonError(file, 8, "answer 2 is not one of the 2 choices (0..1)")), lesson.errors());
    }

    @Test
    void fileThatIsNotUtf8IsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("01-latin1.md");
        Files.write(file, new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});

        Lesson lesson = LessonLoader.loadFile(file);

        assertEquals("01-latin1", lesson.title());
        assertEquals(
                List.of(new LessonError(
                        file,
                        2,
                        "the file is not UTF-8 text: byte 0xE9 at column 8 is not UTF-8; save the file as UTF-8")),
                lesson.errors());
    }

    @Test
    void aByteThatIsNotUtf8IsReportedAtItsLineAndColumnPastGoodUtf8AndLineEndings(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("01-mixed.md");
        byte[] good = "\uFEFF---\r\ntitle: Café\r\n---\r\n\rΣ is fine, so is 😀.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Naïve ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);

        LessonError error = LessonLoader.loadFile(file).errors().get(0);

        assertEquals(6, error.line(), error.toString());
        assertTrue(error.message().contains("byte 0xEF at column 3 "), error.message());
    }

    @Test
    void aSequenceCutShortAtTheEndIsReportedWhereItStarts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("01-cut.md");
        byte[] text = "---\ntitle: x\n---\nab\u20AC".getBytes(StandardCharsets.UTF_8);
        Files.write(file, java.util.Arrays.copyOf(text, text.length - 1)); // the euro sign's last byte is lost

        LessonError error = LessonLoader.loadFile(file).errors().get(0);

        assertEquals(4, error.line(), error.toString());
        assertTrue(error.message().contains("byte 0xE2 at column 3 "), error.message());
    }

    /** A lesson with a one-line front matter; the given body starts at line 4. */
    static Lesson parse(String body) {
        return LessonLoader.parse("01-test", Path.of("lessons/01-test.md"), "---\ntitle: Test\n---\n" + body);
    }
}
