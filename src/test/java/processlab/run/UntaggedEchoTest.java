package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import processlab.worker.TaggedOutput;

/** The console copy of a run's output: the program's bytes, without the instrumentation's pid tags. */
class UntaggedEchoTest {

    /** Echoes {@code text} in pieces of {@code piece} bytes, as reads of a pipe may cut it anywhere. */
    private static String echo(String text, int piece) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UntaggedEcho echo = new UntaggedEcho(out);
        for (int at = 0; at < bytes.length; at += piece) {
            byte[] part = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + piece));
            echo.write(part, part.length);
        }
        echo.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tagsGoWhereverReadsCutThemAndEverythingElsePasses() {
        String tagged = TaggedOutput.tag(4242) + "hello\n" + TaggedOutput.tag(7) + "wörld\r\n\n" + "a"
                + TaggedOutput.tag(123) + "b\n" + "\u001e not a tag \u001e12 nor this \u001e\u001f end\u001e";
        String plain = "hello\nwörld\r\n\nab\n\u001e not a tag \u001e12 nor this \u001e\u001f end\u001e";
        for (int piece : new int[] {1, 2, 3, 5, 8, 1000}) {
            assertEquals(plain, echo(tagged, piece), "read " + piece + " bytes at a time");
        }
    }

    @Test
    void aRunOfDigitsTooLongForAPidIsNoTag() {
        String text = "\u001e" + "1".repeat(40) + "\u001f!";
        assertEquals(text, echo(text, 7));
    }
}
