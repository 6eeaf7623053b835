package processlab.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.trace.SyntheticRecordings.MS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;
import processlab.recording.TaskSpan;
import processlab.recording.ThreadTrack;

class ChromeTraceTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryEventKindOfTheContract() throws IOException {
        List<Map<String, Object>> events = parseEvents(toJson(SyntheticRecordings.twoProcesses()));

        List<Map<String, Object>> names = ofPhase(events, "M");
        assertTrue(names.stream()
                .anyMatch(e -> "process_name".equals(e.get("name"))
                        && e.get("pid").equals(101L)
                        && "python3 demo.py".equals(arg(e, "name"))));
        assertTrue(names.stream()
                .anyMatch(e -> "process_name".equals(e.get("name"))
                        && e.get("pid").equals(100L)
                        && "main: python3 demo.py".equals(arg(e, "name"))));
        assertTrue(names.stream()
                .anyMatch(e -> "thread_name".equals(e.get("name"))
                        && e.get("tid").equals(102L)
                        && "sleeper".equals(arg(e, "name"))));

        List<Map<String, Object>> cpu = ofPhase(events, "X").stream()
                .filter(e -> "cpu".equals(e.get("cat")))
                .toList();
        // root: one slice (1 s on core 0); worker: core 1 for 1.99 s then core 0; sleeper: none.
        assertEquals(3, cpu.size(), cpu.toString());
        Map<String, Object> rootSlice =
                cpu.stream().filter(e -> e.get("tid").equals(100L)).findFirst().orElseThrow();
        assertEquals(0.0, ((Number) rootSlice.get("ts")).doubleValue());
        assertEquals(1_000_000.0, ((Number) rootSlice.get("dur")).doubleValue(), "µs");
        assertEquals(0L, arg(rootSlice, "core"));
        assertTrue(cpu.stream()
                .anyMatch(e -> Long.valueOf(1).equals(arg(e, "core"))
                        && ((Number) e.get("dur")).doubleValue() == 1_990_000.0));

        List<Map<String, Object>> tasks = ofPhase(events, "X").stream()
                .filter(e -> "task".equals(e.get("cat")))
                .toList();
        assertEquals(3, tasks.size());
        assertTrue(tasks.stream()
                .anyMatch(e -> "1".equals(arg(e, "task"))
                        && e.get("ts").equals(1_000_000.0)
                        && e.get("dur").equals(990_000.0)));

        List<Map<String, Object>> counters = ofPhase(events, "C");
        assertEquals(21, counters.size(), "20 samples and the end mark");
        assertEquals(List.of("cpu0", "cpu1"), List.copyOf(args(counters.get(0)).keySet()));

        List<Map<String, Object>> exits = ofPhase(events, "i");
        assertEquals(2, exits.size());
        Map<Long, Object> codes = new HashMap<>();
        exits.forEach(e -> {
            assertEquals("exit", e.get("name"));
            codes.put((Long) e.get("pid"), arg(e, "code"));
        });
        assertEquals(Map.of(100L, 0L, 101L, -11L), codes);
        assertEquals(
                1_995_000.0,
                exits.stream()
                        .filter(e -> e.get("pid").equals(101L))
                        .findFirst()
                        .orElseThrow()
                        .get("ts"));
    }

    @Test
    void anUnknownExitCodeIsWrittenAsNull() throws IOException {
        Recording r = new Recording("x", 0, 1, true, 10);
        r.processStarted(5, 1, "sh", 0);
        r.processEnded(5, 10 * MS, java.util.OptionalInt.empty());
        Map<String, Object> exit = ofPhase(parseEvents(toJson(r)), "i").get(0);
        assertTrue(args(exit).containsKey("code"));
        assertNull(arg(exit, "code"));
        Recording back = ChromeTraceReader.read(
                new ByteArrayInputStream(toJson(r).getBytes(StandardCharsets.UTF_8)), "x.json", "x");
        assertTrue(back.processes().get(0).exitCode().isEmpty());
        assertFalse(back.processes().get(0).isAlive());
    }

    /** A trace keeps only time on a CPU; read back, the time between is waiting again, as long as it was seen. */
    @Test
    void readBackAThreadWaitsBetweenItsSlicesAndUntilLastSeen() throws IOException {
        Recording r = new Recording("w", 0, 2, true, 10);
        r.processStarted(7, 1, "python3", 0);
        ThreadTrack main = r.thread(7, 7, "python3", 0);
        r.addCpuSample(main, new processlab.recording.CpuSample(0, 10 * MS, 10 * MS, 0, 'R'));
        r.addCpuSample(main, new processlab.recording.CpuSample(10 * MS, 50 * MS, 0, 0, 'S'));
        r.addCpuSample(main, new processlab.recording.CpuSample(50 * MS, 60 * MS, 10 * MS, 1, 'R'));
        r.addCpuSample(main, new processlab.recording.CpuSample(60 * MS, 90 * MS, 0, 1, 'S'));
        ThreadTrack helper = r.thread(7, 8, "helper", 20 * MS); // seen, never on a CPU
        r.addCpuSample(helper, new processlab.recording.CpuSample(20 * MS, 40 * MS, 0, 0, 'S'));
        r.processEnded(7, 95 * MS, java.util.OptionalInt.of(0));
        r.finish(90 * MS);
        Recording back = ChromeTraceReader.read(
                new ByteArrayInputStream(toJson(r).getBytes(StandardCharsets.UTF_8)), "w.json", "w");
        List<processlab.recording.CpuSample> samples = back.findThread(7).samples();
        List<String> waits = samples.stream()
                .filter(s -> s.onCpuNs() == 0)
                .map(s -> s.startNs() / MS + "-" + s.endNs() / MS)
                .toList();
        assertEquals(List.of("10-50", "60-90"), waits);
        List<String> helperWaits = back.findThread(8).samples().stream()
                .map(s -> s.startNs() / MS + "-" + s.endNs() / MS)
                .toList();
        assertEquals(List.of("20-40"), helperWaits, "a thread that never ran still shows how long it waited");
        assertEquals(RunSummary.of(r).cpuSeconds(), RunSummary.of(back).cpuSeconds(), 1e-9, "waiting adds no CPU");
    }

    @Test
    void readerRoundTripsARecording() throws IOException {
        Recording original = SyntheticRecordings.twoProcesses();
        Path file = dir.resolve("run.json");
        ChromeTrace.write(original, file);
        Recording back = ChromeTraceReader.read(file);

        assertEquals(original.label(), back.label());
        assertEquals(original.coreCount(), back.coreCount());
        assertTrue(back.threadCoresKnown());
        assertEquals(original.notices(), back.notices());
        assertEquals(original.endNs(), back.endNs());
        assertEquals(RunSummary.of(original), RunSummary.of(back));
        assertEquals(original.processes(), back.processes());
        assertEquals(names(original), names(back));
        assertEquals(sortedTasks(original), sortedTasks(back));
        for (ThreadTrack track : original.threads()) {
            assertEquals(
                    CpuSlices.of(track.samples()),
                    CpuSlices.of(back.findThread(track.tid()).samples()));
            assertEquals(track.role(), back.findThread(track.tid()).role());
        }
        assertEquals(original.coreLoad().size(), back.coreLoad().size());
        for (int i = 0; i < original.coreLoad().size(); i++) {
            CoreLoadSample a = original.coreLoad().get(i);
            CoreLoadSample b = back.coreLoad().get(i);
            assertEquals(a.timeNs(), b.timeNs());
            assertArrayEquals(a.load(), b.load());
        }
        // And the trace of the trace is the same file.
        assertEquals(toJson(original), toJson(back));
    }

    @Test
    void readerNamesTheFileAndPlaceOfBadInput() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"traceEvents\": [ {\"ph\": \"X\", \"pid\": 1,, } ]}");
        IOException e = assertThrows(IOException.class, () -> ChromeTraceReader.read(broken));
        assertTrue(e.getMessage().startsWith(broken.toString() + ": not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());

        Path notTrace = dir.resolve("number.json");
        Files.writeString(notTrace, "42");
        IOException e2 = assertThrows(IOException.class, () -> ChromeTraceReader.read(notTrace));
        assertTrue(e2.getMessage().contains("not a Chrome trace"), e2.getMessage());
    }

    @Test
    void readerAcceptsTheBareArrayFormOfOtherTools() throws IOException {
        String json = "[{\"name\":\"work\",\"cat\":\"cpu\",\"ph\":\"X\",\"ts\":10,\"dur\":5,\"pid\":\"3\",\"tid\":4,"
                + "\"args\":{\"core\":1,\"nested\":{\"x\":[1,2]}}}, 7, {\"ph\":\"B\"}]";
        Recording r = ChromeTraceReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "other.json", "other");
        assertEquals("other", r.label());
        assertEquals(2, r.coreCount());
        assertEquals(5_000, r.findThread(4).totalOnCpuNs());
        assertEquals(3, r.processes().get(0).pid());
    }

    // ---- helpers: a tiny JSON-to-maps reader, independent of ChromeTraceReader ---------------------------

    static String toJson(Recording recording) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChromeTrace.write(recording, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parseEvents(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            Map<String, Object> top = (Map<String, Object>) readValue(parser);
            assertTrue(top.containsKey("traceEvents"), top.keySet().toString());
            return (List<Map<String, Object>>) top.get("traceEvents");
        }
    }

    private static Object readValue(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, readValue(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    static List<Map<String, Object>> ofPhase(List<Map<String, Object>> events, String phase) {
        return events.stream().filter(e -> phase.equals(e.get("ph"))).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> args(Map<String, Object> event) {
        return (Map<String, Object>) event.get("args");
    }

    static Object arg(Map<String, Object> event, String key) {
        return args(event).get(key);
    }

    private static Map<Long, String> names(Recording r) {
        return r.threads().stream().collect(Collectors.toMap(ThreadTrack::tid, t -> t.pid() + "/" + t.name()));
    }

    private static List<TaskSpan> sortedTasks(Recording r) {
        List<TaskSpan> tasks = new ArrayList<>(r.tasks());
        tasks.sort(java.util.Comparator.comparingLong(TaskSpan::startNs).thenComparing(TaskSpan::task));
        return tasks;
    }
}
