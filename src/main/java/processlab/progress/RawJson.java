package processlab.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A JSON value this version does not understand, kept as text so it can be written back as it came: a newer
 * version's fields survive a save by an older one. Numbers are copied exactly ({@code 2.50} stays {@code 2.50}).
 */
final class RawJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RawJson() {}

    /** The value the parser stands on (a scalar, or a whole array or object), as compact JSON text. */
    static String capture(JsonParser json) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            copyValue(json, out);
        }
        return text.toString();
    }

    /** Writes a value {@link #capture}d earlier where {@code out} expects a value. */
    static void write(String value, JsonGenerator out) throws IOException {
        try (JsonParser json = FACTORY.createParser(value)) {
            json.nextToken();
            copyValue(json, out);
        }
    }

    private static void copyValue(JsonParser json, JsonGenerator out) throws IOException {
        int depth = 0;
        do {
            JsonToken token = json.currentToken();
            out.copyCurrentEventExact(json);
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        } while (depth > 0 && json.nextToken() != null);
    }
}
