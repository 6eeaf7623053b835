package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** The example of DESIGN.md section 3 is the public format: it must load exactly as written. */
class DesignExampleTest {

    /** Copied verbatim from DESIGN.md section 3. */
    static final Path EXAMPLE = Path.of("src/test/resources/lessons-good/01-design-example.md");

    @Test
    void loadsWithoutErrors() {
        Lesson lesson = LessonLoader.loadFile(EXAMPLE);

        assertEquals(List.of(), lesson.errors());
        assertEquals("01-design-example", lesson.id());
        assertEquals("Processes versus threads", lesson.title());
        assertEquals("What are the differences between multiprocessing and multithreading?", lesson.question());
        assertEquals("One line shown in the lesson list.", lesson.summary());
    }

    @Test
    void blocksComeInFileOrderWithTheirLines() {
        List<Block> blocks = LessonLoader.loadFile(EXAMPLE).blocks();

        assertEquals(
                List.of("markdown", "python", "java", "demo", "quiz"),
                blocks.stream().map(Block::kind).toList());
        assertEquals(List.of(6, 8, 13, 17, 25), blocks.stream().map(Block::line).toList());
        assertEquals("Text…", blocks.get(0).body());
    }

    @Test
    void pythonBlockIsRunnableAndJavaIsShown() {
        List<Block> blocks = LessonLoader.loadFile(EXAMPLE).blocks();

        CodeBlock python = assertInstanceOf(CodeBlock.class, blocks.get(1));
        assertTrue(python.runnable());
        assertTrue(python.expectedError().isEmpty());
        assertEquals("python run", python.info());
        assertEquals("import multiprocessing\n...", python.body());
        CodeBlock java = assertInstanceOf(CodeBlock.class, blocks.get(2));
        assertFalse(java.runnable());
        assertEquals("// Java version; shown as a tab beside the Python block above it", java.body());
    }

    @Test
    void demoHasItsFieldsAndTheDefaults() {
        DemoSpec spec = assertInstanceOf(
                        DemoBlock.class, LessonLoader.loadFile(EXAMPLE).blocks().get(3))
                .spec();

        assertEquals("Threads take turns, processes run at once", spec.title());
        assertEquals(List.of(RunKind.PYTHON_THREADS, RunKind.PYTHON_PROCESSES, RunKind.JAVA_THREADS), spec.runs());
        assertEquals(4, spec.workers());
        assertEquals(4, spec.tasks());
        assertEquals(Workload.COUNT_PRIMES, spec.workload());
        assertEquals(200_000, spec.size());
        assertEquals(60, spec.timeoutSeconds());
        assertFalse(spec.together());
        assertEquals("default", spec.startMethod());
        assertFalse(spec.freeThreaded());
    }

    @Test
    void quizHasItsQuestion() {
        QuizBlock quiz = assertInstanceOf(
                QuizBlock.class, LessonLoader.loadFile(EXAMPLE).blocks().get(4));

        QuizQuestion q = quiz.questions().get(0);
        assertEquals(26, q.line());
        assertEquals("Which runs Python bytecode on two cores at the same time?", q.question());
        assertEquals(List.of("Two threads in one CPython process", "Two processes"), q.choices());
        assertEquals(1, q.answer());
        assertEquals("The GIL lets one thread of an interpreter run bytecode at a time…", q.explain());
    }
}
