package processlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.python.PythonLocator;

/** The {@code trace} command of DESIGN.md section 4, on a real Python program. */
@Timeout(60)
class TraceCommandTest {

    private static final String PROGRAM = String.join(
            "\n",
            "import multiprocessing, os, signal",
            "def crash():",
            "    os.kill(os.getpid(), signal.SIGSEGV)",
            "def work(n):",
            "    print('worker', n, os.getpid())",
            "if __name__ == '__main__':",
            "    ps = [multiprocessing.Process(target=work, args=(i,)) for i in range(2)]",
            "    ps.append(multiprocessing.Process(target=crash))",
            "    for p in ps: p.start()",
            "    for p in ps: p.join()",
            "    print('crashed', ps[2].pid)",
            "    raise SystemExit(5)",
            "");

    @TempDir
    Path dir;

    /** Never this JVM's own stdin: under surefire, that is the channel its commands come by. */
    private static TraceCommand noInput() {
        return new TraceCommand(InputStream.nullInputStream());
    }

    @Test
    void tracesAProgramPrintsTheSummaryWritesTheJsonAndExitsWithItsCode() throws Exception {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, PROGRAM);
        Path json = dir.resolve("out.json");
        String python = new PythonLocator(null).locate(false).executable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = noInput()
                .run(
                        List.of("--out", json.toString(), "--hz", "200", "--", python, script.toString()),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(5, code, text + err);
        assertTrue(text.contains("worker 0 "), text);
        assertTrue(
                Pattern.compile("wall [0-9.]+ s, CPU [0-9.]+ s, average parallelism [0-9.]+")
                        .matcher(text)
                        .find(),
                text);
        Matcher crashed = Pattern.compile("crashed (\\d+)").matcher(text);
        assertTrue(crashed.find(), text);
        String crashedPid = crashed.group(1);
        assertTrue(text.contains("pid " + crashedPid + " exit -11"), text);

        List<Map<String, Object>> events = readEvents(json);
        long cpuSlices = events.stream()
                .filter(e -> "X".equals(e.get("ph")) && "cpu".equals(e.get("cat")))
                .count();
        long processTasks = events.stream()
                .filter(e -> "X".equals(e.get("ph")) && "task".equals(e.get("cat")))
                .count();
        List<String> exitCodes = events.stream()
                .filter(e -> "i".equals(e.get("ph")) && "exit".equals(e.get("name")))
                .map(e -> e.get("pid") + ":" + ((Map<?, ?>) e.get("args")).get("code"))
                .collect(Collectors.toList());
        assertTrue(cpuSlices > 0, "cpu slices");
        assertEquals(3, processTasks, "three Process targets as task slices");
        assertTrue(exitCodes.contains(crashedPid + ":-11"), exitCodes::toString);
    }

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    /** Traces {@code python3 -c code} with that input; outBytes and errBytes get what the command wrote. */
    private int tracePython(String input, String code) throws Exception {
        String python = new PythonLocator(null).locate(false).executable();
        return new TraceCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .run(
                        List.of("--", python, "-c", code),
                        new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                        new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    @Test
    void outputPassesThroughByteForByteWhateverTheLineLength() throws Exception {
        int code = tracePython(
                "",
                String.join(
                        "\n",
                        "import sys",
                        "sys.stdout.write('x' * 2_000_000 + '\\n')",
                        "sys.stdout.flush()",
                        "sys.stdout.buffer.write(b'\\xff\\xfe raw\\r\\n\\x1e not a tag\\n')",
                        "sys.stdout.buffer.flush()",
                        "sys.stderr.write('e' * 50_000 + '\\n')",
                        "sys.stdout.write('no newline at the end')",
                        "sys.stdout.flush()"));

        assertEquals(0, code, errBytes.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(("x".repeat(2_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        expected.write(new byte[] {(byte) 0xff, (byte) 0xfe});
        expected.write(" raw\r\n\u001e not a tag\nno newline at the end".getBytes(StandardCharsets.UTF_8));
        byte[] stdout = outBytes.toByteArray();
        assertTrue(stdout.length > expected.size(), "the summary follows");
        assertArrayEquals(
                expected.toByteArray(),
                Arrays.copyOf(stdout, expected.size()),
                "stdout as the program wrote it; then: "
                        + new String(
                                stdout,
                                expected.size(),
                                Math.min(200, stdout.length - expected.size()),
                                StandardCharsets.UTF_8));
        assertTrue(
                new String(stdout, expected.size(), stdout.length - expected.size(), StandardCharsets.UTF_8)
                        .startsWith("\nwall "),
                "the summary starts a line of its own");
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).startsWith("e".repeat(50_000) + "\n"), "stderr whole");
    }

    @Test
    void theProgramReadsTheInputGivenToTrace() throws Exception {
        int code =
                tracePython("hi\nthere\n", "import sys; print(input()); print(input()); print(repr(sys.stdin.read()))");
        assertEquals(0, code, errBytes.toString(StandardCharsets.UTF_8));
        assertTrue(outBytes.toString(StandardCharsets.UTF_8).startsWith("hi\nthere\n''\n"), outBytes.toString());
    }

    @Test
    void noLinesAreSaidToBeDroppedWhenAllPassedThrough() throws Exception {
        int code = tracePython("", "for i in range(12_000): print(i)");
        assertEquals(0, code, errBytes.toString(StandardCharsets.UTF_8));
        List<String> lines = outBytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(IntStream.range(0, 12_000).mapToObj(Integer::toString).toList(), lines.subList(0, 12_000));
        assertFalse(errBytes.toString(StandardCharsets.UTF_8).contains("dropped"), errBytes.toString());
    }

    /** The objects of {@code traceEvents}, as maps (nested objects as maps, numbers as text). */
    static List<Map<String, Object>> readEvents(Path json) throws Exception {
        List<Map<String, Object>> events = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if (field.equals("traceEvents")) {
                    assertEquals(JsonToken.START_ARRAY, value);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        events.add(readObject(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return events;
    }

    private static Map<String, Object> readObject(JsonParser parser) throws Exception {
        Map<String, Object> object = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.getCurrentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                object.put(field, readObject(parser));
            } else if (value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else {
                object.put(field, parser.getText());
            }
        }
        return object;
    }

    @Test
    void missingProgramIsAUsageError() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(UsageException.class, () -> noInput().run(List.of("--out", "x.json"), sink, sink));
        assertThrows(UsageException.class, () -> noInput().run(List.of("--hz", "0", "--", "true"), sink, sink));
    }

    @Test
    void unknownProgramIsReportedAndExits127() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = noInput().run(List.of("--", "no-such-program-xyz"), errStream, errStream);
        assertEquals(127, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-program-xyz"));
    }
}
