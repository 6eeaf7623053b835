package processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code check-lessons DIR [--json]}: output text, JSON shape and exit codes, per DESIGN.md section 4. */
class CheckLessonsCommandTest {

    static final String GOOD = "src/test/resources/lessons-good";
    static final String BROKEN = "./src/test/resources/lessons-broken";
    static final String KNOWN_RUNS = "(known: python-threads, python-processes, python-pool, python-interpreters, "
            + "java-threads, java-processes)";

    @Test
    void goodFolderPrintsIdAndTitleAndExitsZero() throws Exception {
        Result result = run(GOOD);

        assertEquals(0, result.exitCode);
        assertEquals("""
                01-design-example  Processes versus threads
                02-every-block  Every block: kinds and fields
                03-minimal  Minimal
                """, result.out);
        assertEquals("", result.err);
    }

    @Test
    void brokenFolderPrintsErrorsAsFileLineMessageAndExitsOne() throws Exception {
        Result result = run(BROKEN);

        assertEquals(1, result.exitCode);
        String dir = BROKEN + "/";
        assertEquals(
                "01-fine  A fine lesson\n"
                        + "02-bad-demo  Bad demo\n"
                        + dir + "02-bad-demo.md:8: unknown run kind 'python-thread' " + KNOWN_RUNS + "\n"
                        + dir + "02-bad-demo.md:9: workers must be 1..64, got 100\n"
                        + "03-no-front-matter  03-no-front-matter\n"
                        + dir
                        + "03-no-front-matter.md:1: a lesson starts with front matter: a '---' line, 'title: ...', and "
                        + "another '---' line\n"
                        + dir
                        + "03-no-front-matter.md:3: unknown block behaviour 'runn' in '```python runn' (a python block "
                        + "takes 'run', 'run error=ExceptionName' or 'run min=3.14')\n"
                        + "04-unclosed-fence  Unclosed fence\n"
                        + dir
                        + "04-unclosed-fence.md:4: unclosed fence: the block opened here with '~~~' needs a closing "
                        + "'~~~' line\n",
                result.out);
        assertEquals("check-lessons: 5 errors in 3 of 4 lessons\n", result.err);
    }

    @Test
    void jsonHasOneObjectPerLessonWithItsBlocks() throws Exception {
        Result result = run(GOOD, "--json");

        assertEquals(0, result.exitCode);
        List<Object> lessons = asList(parseJson(result.out));
        assertEquals(3, lessons.size());
        Map<String, Object> example = asMap(lessons.get(0));
        assertEquals(GOOD + "/01-design-example.md", example.get("file"));
        assertEquals("01-design-example", example.get("id"));
        assertEquals("Processes versus threads", example.get("title"));
        assertEquals("What are the differences between multiprocessing and multithreading?", example.get("question"));
        assertEquals(List.of(), example.get("errors"));
        List<Object> blocks = asList(example.get("blocks"));
        assertEquals(
                List.of("markdown", "python", "java", "demo", "quiz"),
                blocks.stream().map(b -> asMap(b).get("kind")).toList());
        assertEquals(
                Map.of("kind", "python", "info", "python run", "line", 8L, "body", "import multiprocessing\n..."),
                asMap(blocks.get(1)));
        assertEquals("", asMap(blocks.get(0)).get("info"));
        assertEquals(17L, asMap(blocks.get(3)).get("line"));
    }

    @Test
    void jsonCarriesErrorsAndStillExitsOne() throws Exception {
        Result result = run("--json", BROKEN);

        assertEquals(1, result.exitCode);
        List<Object> lessons = asList(parseJson(result.out));
        assertEquals(
                List.of("01-fine", "02-bad-demo", "03-no-front-matter", "04-unclosed-fence"),
                lessons.stream().map(l -> asMap(l).get("id")).toList());
        Map<String, Object> badDemo = asMap(lessons.get(1));
        assertEquals(false, badDemo.get("valid"));
        assertEquals(
                List.of(
                        Map.of(
                                "file",
                                BROKEN + "/02-bad-demo.md",
                                "line",
                                8L,
                                "message",
                                "unknown run kind 'python-thread' " + KNOWN_RUNS),
                        Map.of(
                                "file",
                                BROKEN + "/02-bad-demo.md",
                                "line",
                                9L,
                                "message",
                                "workers must be 1..64, got 100")),
                badDemo.get("errors"));
        // The broken demo is left out; the prose before it stays.
        assertEquals(
                List.of("markdown"),
                asList(badDemo.get("blocks")).stream()
                        .map(b -> asMap(b).get("kind"))
                        .toList());
        assertEquals(true, asMap(lessons.get(0)).get("valid"));
    }

    @Test
    void usageErrors() {
        CheckLessonsCommand command = new CheckLessonsCommand();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThrows(UsageException.class, () -> command.run(List.of(), sink, sink));
        assertThrows(UsageException.class, () -> command.run(List.of(GOOD, BROKEN), sink, sink));
        assertThrows(UsageException.class, () -> command.run(List.of(GOOD, "--yaml"), sink, sink));
        UsageException missing =
                assertThrows(UsageException.class, () -> command.run(List.of("no/such/folder"), sink, sink));
        assertEquals("not a folder: no/such/folder", missing.getMessage());
    }

    @Test
    void usageErrorsExitTwoThroughTheCommandTable() {
        assertEquals(2, Commands.run("check-lessons", List.of()));
        assertEquals(2, Commands.run("check-lessons", List.of("--bogus", GOOD)));
    }

    @Test
    void emptyFolderIsValid() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("no-lessons");
        try {
            Result text = run(dir.toString());
            assertEquals(0, text.exitCode);
            assertEquals("", text.out);
            assertEquals(List.of(), parseJson(run(dir.toString(), "--json").out));
        } finally {
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void aLinkToNothingIsAnErrorNamingTheFileAndExitsOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("01-fine.md"), "---\ntitle: Fine\n---\nText.\n");
        java.nio.file.Files.createSymbolicLink(dir.resolve("02-gone.md"), java.nio.file.Path.of("moved.md"));

        Result result = run(dir.toString());

        assertEquals(1, result.exitCode);
        assertEquals(
                "01-fine  Fine\n02-gone  02-gone\n" + dir.resolve("02-gone.md")
                        + ":1: the file is a link to 'moved.md', which does not exist\n",
                result.out);
        assertEquals("check-lessons: 1 error in 1 of 2 lessons\n", result.err);
    }

    record Result(int exitCode, String out, String err) {}

    static Result run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CheckLessonsCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Reads JSON into maps, lists, strings, longs and booleans with jackson-core's streaming parser. */
    static Object parseJson(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            Object value = readValue(parser);
            assertEquals(null, parser.nextToken(), "nothing may follow the JSON value");
            return value;
        }
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    assertTrue(map.put(name, readValue(parser)) == null, "repeated key " + name);
                }
                return map;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> throw new AssertionError("unexpected JSON token " + token);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
