package processlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import processlab.lesson.Block;
import processlab.lesson.CodeBlock;
import processlab.lesson.DemoBlock;
import processlab.lesson.DemoSpec;
import processlab.lesson.Lesson;
import processlab.lesson.LessonError;
import processlab.lesson.MarkdownBlock;
import processlab.lesson.QuizBlock;
import processlab.lesson.QuizQuestion;
import processlab.run.spec.RunKind;
import processlab.run.spec.Workload;

/** Lessons built by hand, so view-model and view tests do not depend on the loader. */
public final class TestLessons {

    public static final Path FOLDER = Path.of("src/test/resources/ui-lessons");

    private TestLessons() {}

    public static Lesson lesson(String id, String title, String question, Block... blocks) {
        return new Lesson(id, FOLDER.resolve(id + ".md"), title, question, "", List.of(blocks), List.of());
    }

    public static Lesson broken(String id, String message, int line) {
        Path file = FOLDER.resolve(id + ".md");
        return new Lesson(
                id, file, "A broken lesson", "", "", List.of(), List.of(new LessonError(file, line, message)));
    }

    public static MarkdownBlock markdown(String text) {
        return new MarkdownBlock(5, text);
    }

    public static CodeBlock code(String language, String body) {
        return new CodeBlock(10, language, body, language, false, Optional.empty());
    }

    public static DemoBlock demo() {
        DemoSpec spec = new DemoSpec(
                "Threads take turns",
                List.of(RunKind.PYTHON_THREADS, RunKind.PYTHON_PROCESSES, RunKind.JAVA_THREADS),
                4,
                4,
                Workload.COUNT_PRIMES,
                200_000,
                60,
                false,
                "default",
                false,
                0);
        return new DemoBlock(20, "demo", "", spec);
    }

    public static QuizBlock quiz(int questions) {
        QuizQuestion question = new QuizQuestion(30, "Which?", List.of("a", "b"), 1, "Because.");
        return new QuizBlock(30, "quiz", "", java.util.Collections.nCopies(questions, question));
    }

    /** The three lessons of {@code ui-lessons/}, as the loader should read them. */
    public static List<Lesson> uiLessons() {
        return List.of(
                lesson(
                        "01-processes",
                        "Processes and threads",
                        "What is the difference between a process and a thread?",
                        markdown("# Two ways to do work at once\n\nA **process** has its own memory."),
                        code("python", "import multiprocessing\n"),
                        code("java", "public class Work {}\n"),
                        demo()),
                lesson(
                        "02-pools",
                        "Pools of workers",
                        "How does a Pool share out tasks?",
                        markdown("A `Pool` keeps worker processes alive, so the zebra count stays low."),
                        quiz(2)),
                broken("03-broken", "unknown run kind 'python-fibers'", 8));
    }
}
