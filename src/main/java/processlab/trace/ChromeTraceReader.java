package processlab.trace;

import static processlab.trace.TraceFormat.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Chrome Trace Event file (as {@link ChromeTrace} writes it) back into a {@link processlab.recording.Recording},
 * so a trace can be drawn again ({@code render}) or summed up. Reads the object form
 * {@code {"traceEvents":[…]}} and the bare array form; events it does not know are skipped.
 *
 * <p>What a trace does not hold comes back simplified: each on-CPU slice becomes one fully busy sample (the
 * on-CPU total per thread is exact), and output lines are not stored in traces at all.
 */
public final class ChromeTraceReader {

    private static final JsonFactory JSON = new JsonFactory();

    private ChromeTraceReader() {}

    /** @throws IOException naming the file and the position when it is not a trace */
    public static processlab.recording.Recording read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String name = file.getFileName() == null
                    ? file.toString()
                    : file.getFileName().toString();
            return read(in, file.toString(), name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
        }
    }

    /**
     * @param source       named in error messages (a file path)
     * @param defaultLabel the recording's label when the trace does not carry one
     */
    public static processlab.recording.Recording read(InputStream in, String source, String defaultLabel)
            throws IOException {
        List<TraceEvent> events = new ArrayList<>();
        Map<String, Object> otherData = new HashMap<>();
        List<String> notices = new ArrayList<>();
        try (JsonParser json = JSON.createParser(in)) {
            JsonToken first = json.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readEvents(json, events, source);
            } else if (first == JsonToken.START_OBJECT) {
                boolean eventList = false;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = json.nextToken();
                    if (EVENTS.equals(field) && value == JsonToken.START_ARRAY) {
                        eventList = true;
                        readEvents(json, events, source);
                    } else if (OTHER_DATA.equals(field) && value == JsonToken.START_OBJECT) {
                        readOtherData(json, otherData, notices);
                    } else {
                        json.skipChildren();
                    }
                }
                if (!eventList) {
                    // {"a":1} is JSON, but no trace: an empty picture would look like a run that did nothing.
                    throw notATrace(source, json, "expected a \"traceEvents\" list of events");
                }
            } else {
                throw notATrace(source, json, "expected {\"traceEvents\":[…]} or an array of events");
            }
        } catch (JsonParseException e) {
            throw new IOException(
                    source + ": not valid JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(),
                    e);
        }
        return new TraceRebuilder(events, otherData, notices, defaultLabel).build();
    }

    private static void readEvents(JsonParser json, List<TraceEvent> events, String source) throws IOException {
        JsonToken token;
        while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw notATrace(source, json, "the event list ends early");
            }
            if (token != JsonToken.START_OBJECT) {
                json.skipChildren();
                continue;
            }
            TraceEvent event = readEvent(json);
            if (event != null) {
                events.add(event);
            }
        }
    }

    /** One event object, or null when it lacks what every ProcessLab event has (a phase and a pid). */
    private static TraceEvent readEvent(JsonParser json) throws IOException {
        String name = "";
        String category = "";
        String phase = null;
        double ts = 0;
        double dur = 0;
        Long pid = null;
        Long tid = null;
        Map<String, Object> args = Map.of();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString("");
                case "cat" -> category = json.getValueAsString("");
                case "ph" -> phase = json.getValueAsString();
                case "ts" -> ts = json.getValueAsDouble(0);
                case "dur" -> dur = json.getValueAsDouble(0);
                case "pid" -> pid = idOf(json, value);
                case "tid" -> tid = idOf(json, value);
                case "args" -> args = readScalars(json, value);
                default -> json.skipChildren();
            }
        }
        if (phase == null || pid == null) {
            return null;
        }
        return new TraceEvent(name, category, phase, ts, dur, pid, tid == null ? pid : tid, args);
    }

    private static Long idOf(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return json.getLongValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(json.getText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        json.skipChildren();
        return null;
    }

    /** The scalar members of an object (nested objects and arrays are skipped). */
    private static Map<String, Object> readScalars(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            json.skipChildren();
            return Map.of();
        }
        Map<String, Object> scalars = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            JsonToken token = json.nextToken();
            switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalars.put(key, json.getNumberValue());
                case VALUE_STRING -> scalars.put(key, json.getText());
                case VALUE_TRUE, VALUE_FALSE -> scalars.put(key, json.getBooleanValue());
                case VALUE_NULL -> {} // absent and null mean the same: not known
                default -> json.skipChildren();
            }
        }
        return scalars;
    }

    private static void readOtherData(JsonParser json, Map<String, Object> otherData, List<String> notices)
            throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            JsonToken token = json.nextToken();
            if (DATA_NOTICES.equals(key) && token == JsonToken.START_ARRAY) {
                JsonToken item;
                while ((item = json.nextToken()) != JsonToken.END_ARRAY && item != null) {
                    if (item == JsonToken.VALUE_STRING) {
                        notices.add(json.getText());
                    } else {
                        json.skipChildren();
                    }
                }
            } else if (token.isScalarValue()) {
                otherData.put(
                        key,
                        token.isNumeric()
                                ? json.getNumberValue()
                                : token.isBoolean() ? (Object) json.getBooleanValue() : json.getText());
            } else {
                json.skipChildren();
            }
        }
    }

    private static IOException notATrace(String source, JsonParser json, String what) {
        return new IOException(source + ": not a Chrome trace: " + what + " (line "
                + json.currentLocation().getLineNr() + ", column "
                + json.currentLocation().getColumnNr() + ")");
    }
}
