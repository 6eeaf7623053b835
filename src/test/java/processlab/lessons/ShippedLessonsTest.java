package processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import processlab.lesson.CodeBlock;
import processlab.lesson.Lesson;
import processlab.lesson.LessonLoader;

/**
 * The lessons the app ships: all valid, and every code block does what its lesson says. Each {@code python run}
 * block runs with a real interpreter and must succeed, or fail with the exception it names; each {@code java}
 * block must compile.
 */
class ShippedLessonsTest {

    private static final Path LESSONS = Path.of(System.getProperty("processlab.home", "."), "lessons");
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");

    @TempDir
    Path work;

    @Test
    void everyLessonIsValidAndTheSixSeedQuestionsComeFirst() throws IOException {
        List<Lesson> lessons = LessonLoader.loadFolder(LESSONS);
        assertTrue(lessons.size() >= 12, "at least 12 lessons, found " + lessons.size());
        for (Lesson lesson : lessons) {
            assertEquals(List.of(), lesson.errors(), lesson.id());
        }
        for (int i = 0; i < 6; i++) {
            assertFalse(lessons.get(i).question().isBlank(), lessons.get(i).id() + " states its seed question");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRunnablePythonBlockBehavesAsStated() throws IOException {
        return codeBlocks("python").filter(c -> c.block().runnable())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> runPython(c)));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompiles() throws IOException {
        return codeBlocks("java").map(c -> DynamicTest.dynamicTest(c.name(), () -> compileJava(c)));
    }

    private void runPython(LessonCode code) throws Exception {
        Path script = Files.createDirectories(work.resolve(code.name().replaceAll("\\W", "_"))).resolve("example.py");
        Files.writeString(script, code.block().body());
        Path stdout = script.resolveSibling("stdout.txt");
        Path stderr = script.resolveSibling("stderr.txt");
        Process process = new ProcessBuilder(python(), script.getFileName().toString())
                .directory(script.getParent().toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertTrue(finished, code.name() + " did not finish within 90 s");
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        if (code.block().expectedError().isPresent()) {
            String expected = code.block().expectedError().get();
            assertNotEquals(0, process.exitValue(), code.name() + " should fail with " + expected);
            assertTrue(errors.contains(expected),
                    code.name() + " should fail with " + expected + ", stderr:\n" + errors);
        } else {
            assertEquals(0, process.exitValue(), code.name() + " failed, stderr:\n" + errors);
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

    private record LessonCode(String name, CodeBlock block) {
    }
}
