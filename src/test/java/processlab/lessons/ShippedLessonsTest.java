package processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import processlab.lesson.Block;
import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;
import processlab.lesson.QuizBlock;
import processlab.lesson.QuizQuestion;
import processlab.run.Python314;

/**
 * The lessons the app ships: all valid, and every code block does what its lesson says. Each {@code python run}
 * block runs twice, with the default interpreter and with Python 3.14 (forkserver by default on Linux), and must
 * succeed, or fail with the exception it names, on both; each {@code java} block must compile. A block marked
 * {@code python run min=3.14} runs only with an interpreter that new (it is skipped, saying so, with an older one).
 *
 * <p>Python 3.14 is found through the environment variable {@value #PYTHON_314_ENV} (or the system property
 * {@value #PYTHON_314_PROPERTY}), which {@code .ci/run} sets; once named it must work. Without it the test looks
 * for {@code python3.14} on the PATH and in {@code $PYTHON314_DIR} or else {@code ~/.cache/python3.14} (where
 * {@code ../shared/tools/get-python3.14} puts it), and skips the 3.14 half, saying so, only when there is none.
 */
class ShippedLessonsTest {

    private static final Path LESSONS = Path.of(System.getProperty("processlab.home", "."), "lessons");
    static final String PYTHON_314_ENV = Python314.ENV;
    static final String PYTHON_314_PROPERTY = Python314.PROPERTY;
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");

    @TempDir
    Path work;

    @Test
    void everyLessonIsValidStatesItsQuestionAndLesson02KeepsItsId() throws IOException {
        List<Lesson> lessons = LessonLoader.loadFolder(LESSONS);
        assertTrue(lessons.size() >= 16, "at least 16 lessons, found " + lessons.size());
        for (Lesson lesson : lessons) {
            assertEquals(List.of(), lesson.errors(), lesson.id());
            assertFalse(lesson.question().isBlank(), lesson.id() + " states its question");
        }
        assertEquals("02-processes-vs-threads", lessons.get(1).id(), "the first-demo benchmark opens it by this id");
    }

    @Test
    void everyQuizQuestionOffersAtLeastThreeChoices() throws IOException {
        for (Lesson lesson : LessonLoader.loadFolder(LESSONS)) {
            for (Block block : lesson.blocks()) {
                if (block instanceof QuizBlock quiz) {
                    for (QuizQuestion question : quiz.questions()) {
                        assertTrue(
                                question.choices().size() >= 3,
                                lesson.id() + " line " + question.line() + ": " + question.choices());
                    }
                }
            }
        }
    }

    /** Students never saw the two answer sets the lessons were written against, so lessons do not name them. */
    @Test
    void noLessonNamesTheAnswerSetsItWasWrittenFrom() throws IOException {
        Pattern names = Pattern.compile("\\b([Ss]eeds?|Set [AB])\\b");
        for (Lesson lesson : LessonLoader.loadFolder(LESSONS)) {
            Matcher found = names.matcher(Files.readString(lesson.file(), StandardCharsets.UTF_8));
            if (found.find()) {
                fail(lesson.id() + " says '" + found.group() + "'");
            }
        }
    }

    @TestFactory
    Stream<DynamicNode> everyRunnablePythonBlockBehavesAsStated() throws IOException {
        List<LessonCode> runnable =
                codeBlocks("python").filter(c -> c.block().runnable()).toList();
        Optional<String> python314 = python314();
        DynamicNode with314 = python314.isPresent()
                ? runAll(runnable, python314.get())
                : DynamicTest.dynamicTest("Python 3.14", () -> Assumptions.abort(skipped314()));
        return Stream.of(runAll(runnable, python()), with314);
    }

    private DynamicContainer runAll(List<LessonCode> blocks, String python) {
        String label = python + " (" + version(python) + ")";
        return DynamicContainer.dynamicContainer(
                label, blocks.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> runPython(c, python, label))));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompiles() throws IOException {
        return codeBlocks("java").map(c -> DynamicTest.dynamicTest(c.name(), () -> compileJava(c)));
    }

    private void runPython(LessonCode code, String python, String label) throws Exception {
        String name = code.name() + " with " + label;
        String[] version = version(python).split("\\.");
        if (code.block().needsNewerThan(Integer.parseInt(version[0]), Integer.parseInt(version[1]))) {
            // The app runs such a block only with a new enough Python (or says it needs one); so does this test.
            Assumptions.abort(
                    name + ": needs Python " + code.block().minimumPython().get() + ", not run");
        }
        Path script = Files.createDirectories(work.resolve(name.replaceAll("\\W", "_")))
                .resolve("example.py");
        Files.writeString(script, code.block().body());
        Path stdout = script.resolveSibling("stdout.txt");
        Path stderr = script.resolveSibling("stderr.txt");
        Process process = new ProcessBuilder(python, script.getFileName().toString())
                .directory(script.getParent().toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertTrue(finished, name + " did not finish within 90 s");
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        if (code.block().expectedError().isPresent()) {
            String expected = code.block().expectedError().get();
            assertNotEquals(0, process.exitValue(), name + " should fail with " + expected);
            assertTrue(errors.contains(expected), name + " should fail with " + expected + ", stderr:\n" + errors);
        } else {
            assertEquals(0, process.exitValue(), name + " failed, stderr:\n" + errors);
        }
    }

    private void compileJava(LessonCode code) throws IOException {
        Matcher matcher = PUBLIC_CLASS.matcher(code.block().body());
        assertTrue(matcher.find(), code.name() + " declares a public class");
        Path dir = Files.createDirectories(work.resolve(code.name().replaceAll("\\W", "_")));
        Path source = dir.resolve(matcher.group(1) + ".java");
        Files.writeString(source, code.block().body());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        var errors = new java.io.ByteArrayOutputStream();
        int result = compiler.run(null, null, errors, "-d", dir.toString(), source.toString());
        assertEquals(0, result, code.name() + " does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }

    private static String python() {
        String configured = System.getenv("PROCESSLAB_PYTHON");
        return configured != null && !configured.isBlank() ? configured : "python3";
    }

    /** The 3.14 interpreter: named by .ci/run (then it must exist), else found locally, else empty. */
    private static Optional<String> python314() {
        return Python314.find();
    }

    private static String skipped314() {
        return Python314.skipped("Python 3.14 half of the lesson tests");
    }

    /** The interpreter's version ("3.11.7"), or why it cannot say. */
    private static String version(String python) {
        return Python314.version(python);
    }

    private static Stream<LessonCode> codeBlocks(String language) throws IOException {
        List<LessonCode> found = new ArrayList<>();
        for (Lesson lesson : LessonLoader.loadFolder(LESSONS)) {
            lesson.blocks().stream()
                    .filter(b -> b instanceof CodeBlock c && c.language().equals(language))
                    .map(CodeBlock.class::cast)
                    .forEach(b -> found.add(new LessonCode(lesson.id() + " line " + b.line(), b)));
        }
        assertFalse(found.isEmpty(), "no " + language.toLowerCase(Locale.ROOT) + " blocks found in " + LESSONS);
        return found.stream();
    }

    private record LessonCode(String name, CodeBlock block) {}
}
