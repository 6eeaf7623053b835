package processlab.lesson;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a lesson file strictly as UTF-8: a file saved in another encoding is reported, not shown garbled, and the
 * report points at the first byte that is not UTF-8, so the author finds it (a stray Latin-1 "é" pasted into one
 * line, say) rather than searching the whole file.
 */
final class Utf8Text {

    /** Where the first byte that is not UTF-8 stands: a 1-based line as the lesson parser counts lines. */
    static final class Malformed extends Exception {

        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private Utf8Text() {}

    static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw malformed(bytes, in.position(), out.flip().toString());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** @param good the text decoded before {@code at}, all of it valid */
    private static Malformed malformed(byte[] bytes, int at, String good) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < good.length(); i++) {
            char c = good.charAt(i);
            // Line breaks as the parser counts them: \n, \r\n, and a lone \r.
            if (c == '\n' || c == '\r' && (i + 1 >= good.length() || good.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        String before = good.substring(lineStart);
        if (line == 1 && before.startsWith("\uFEFF")) {
            before = before.substring(1); // a byte-order mark is no column an editor shows
        }
        int column = before.codePointCount(0, before.length()) + 1;
        String hex = String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xFF);
        return new Malformed(
                line,
                "the file is not UTF-8 text: byte " + hex + " at column " + column
                        + " is not UTF-8; save the file as UTF-8");
    }
}
