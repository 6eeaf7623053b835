package processlab.progress;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@code progress.json}. Fields this version does not know (at the top level and in quiz answers)
 * are kept as they came and written back after the known ones, so that an older app can read and save a newer
 * file without losing what it does not understand; the higher version number is kept too. A wrong shape where a
 * known field is expected is an error (the file is set aside, not guessed at).
 */
final class ProgressJson {

    static final int FORMAT_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private ProgressJson() {}

    static void write(ProgressData data, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", Math.max(FORMAT_VERSION, data.version));
            json.writeStringField("lastLesson", data.lastLesson);
            json.writeArrayFieldStart("lessonsRead");
            for (String lesson : data.lessonsRead) {
                json.writeString(lesson);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("exercisesPassed");
            for (String exercise : data.exercisesPassed) {
                json.writeString(exercise);
            }
            json.writeEndArray();
            // Added without a new version: older apps skip the field, and keep working on the rest.
            json.writeObjectFieldStart("exerciseSolutions");
            for (var solution : data.exerciseSolutions.entrySet()) {
                json.writeStringField(solution.getKey(), solution.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("demoPredictions");
            for (var prediction : data.demoPredictions.entrySet()) {
                json.writeStringField(prediction.getKey(), prediction.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("quizAnswers");
            for (var entry : data.quizAnswers.entrySet()) {
                json.writeStartObject();
                json.writeStringField("lesson", entry.getKey().lessonId());
                json.writeNumberField("quizLine", entry.getKey().quizLine());
                json.writeNumberField("question", entry.getKey().question());
                json.writeNumberField("chosen", entry.getValue().chosen());
                json.writeBooleanField("correct", entry.getValue().correct());
                writeUnknown(data.unknownAnswerFields.getOrDefault(entry.getKey(), Map.of()), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            writeUnknown(data.unknownFields, json);
            json.writeEndObject();
        }
    }

    /** @throws IOException also for JSON that is not a progress file ({@link JsonParseException}) */
    static ProgressData read(InputStream in) throws IOException {
        ProgressData data = new ProgressData();
        try (JsonParser json = FACTORY.createParser(in)) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "version" -> {
                        if (value == JsonToken.VALUE_NUMBER_INT) {
                            data.version = json.getIntValue();
                        }
                    }
                    case "lastLesson" -> {
                        expect(json, value, JsonToken.VALUE_STRING);
                        data.lastLesson = json.getText();
                    }
                    case "lessonsRead" -> readStrings(json, value, data.lessonsRead);
                    case "exercisesPassed" -> readStrings(json, value, data.exercisesPassed);
                    case "exerciseSolutions" -> readStringMap(json, value, data.exerciseSolutions);
                    case "demoPredictions" -> readStringMap(json, value, data.demoPredictions);
                    case "quizAnswers" -> readQuizAnswers(json, value, data);
                    default -> data.unknownFields.put(field, RawJson.capture(json));
                }
            }
            expect(json, json.currentToken(), JsonToken.END_OBJECT);
            if (json.nextToken() != null) {
                throw new JsonParseException(json, "text after the end of the progress object");
            }
        }
        return data;
    }

    private static void writeUnknown(Map<String, String> fields, JsonGenerator json) throws IOException {
        for (var field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            RawJson.write(field.getValue(), json);
        }
    }

    private static void readStrings(JsonParser json, JsonToken value, java.util.Set<String> into) throws IOException {
        expect(json, value, JsonToken.START_ARRAY);
        JsonToken token;
        while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
            expect(json, token, JsonToken.VALUE_STRING);
            into.add(json.getText());
        }
    }

    private static void readStringMap(JsonParser json, JsonToken value, Map<String, String> into) throws IOException {
        expect(json, value, JsonToken.START_OBJECT);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            expect(json, json.nextToken(), JsonToken.VALUE_STRING);
            into.put(key, json.getText());
        }
        expect(json, json.currentToken(), JsonToken.END_OBJECT);
    }

    private static void readQuizAnswers(JsonParser json, JsonToken value, ProgressData data) throws IOException {
        expect(json, value, JsonToken.START_ARRAY);
        JsonToken token;
        while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
            expect(json, token, JsonToken.START_OBJECT);
            String lesson = null;
            int quizLine = -1;
            int question = -1;
            int chosen = -1;
            Boolean correct = null;
            Map<String, String> unknown = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken fieldValue = json.nextToken();
                switch (field) {
                    case "lesson" -> lesson = json.getValueAsString();
                    case "quizLine" -> quizLine = intValue(json, fieldValue);
                    case "question" -> question = intValue(json, fieldValue);
                    case "chosen" -> chosen = intValue(json, fieldValue);
                    case "correct" -> {
                        if (fieldValue != JsonToken.VALUE_TRUE && fieldValue != JsonToken.VALUE_FALSE) {
                            throw new JsonParseException(json, "correct must be true or false");
                        }
                        correct = fieldValue == JsonToken.VALUE_TRUE;
                    }
                    default -> unknown.put(field, RawJson.capture(json));
                }
            }
            if (lesson == null || quizLine < 0 || question < 0 || chosen < 0 || correct == null) {
                throw new JsonParseException(
                        json, "a quiz answer lacks one of lesson, quizLine, question, chosen, " + "correct");
            }
            QuizKey key = new QuizKey(lesson, quizLine, question);
            data.quizAnswers.put(key, new QuizAnswer(chosen, correct));
            if (!unknown.isEmpty()) {
                data.unknownAnswerFields.put(key, java.util.Collections.unmodifiableMap(unknown));
            }
        }
    }

    private static int intValue(JsonParser json, JsonToken token) throws IOException {
        expect(json, token, JsonToken.VALUE_NUMBER_INT);
        return json.getIntValue();
    }

    private static void expect(JsonParser json, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(json, "expected " + expected + " but found " + actual);
        }
    }
}
