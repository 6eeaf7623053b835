package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.run.spec.RunLimits;
import processlab.worker.TaggedOutput;

/** How raw output bytes become tagged, bounded lines. */
class OutputPumpTest {

    private static List<OutputLine> pump(String bytes, RunLimits limits, AtomicInteger overLimit) {
        Recording recording = new Recording("t", System.nanoTime(), 2, true, 1_000_000);
        new OutputPump(
                        new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)),
                        false,
                        recording,
                        7,
                        limits,
                        overLimit::incrementAndGet)
                .run();
        return recording.outputAfter(-1);
    }

    @Test
    void tagsGiveThePidAndAreStripped() {
        List<OutputLine> lines = pump(
                "\u001e42\u001fhello\nplain\r\n\u001e43\u001fa\u001e44\u001fb\nlast",
                RunLimits.DEFAULT,
                new AtomicInteger());
        assertEquals(
                List.of("hello", "plain", "ab", "last"),
                lines.stream().map(OutputLine::text).toList());
        assertEquals(
                List.of(42L, 7L, 43L, 7L), lines.stream().map(OutputLine::pid).toList());
    }

    @Test
    void theWorkersTagIsTheOneThePumpReads() {
        List<OutputLine> lines =
                pump(TaggedOutput.tag(1234) + "from a worker JVM\n", RunLimits.DEFAULT, new AtomicInteger());
        assertEquals(
                List.of("from a worker JVM"),
                lines.stream().map(OutputLine::text).toList());
        assertEquals(List.of(1234L), lines.stream().map(OutputLine::pid).toList());
    }

    @Test
    void aHugeLineIsCutAndTheTotalIsCapped() {
        AtomicInteger overLimit = new AtomicInteger();
        RunLimits limits = RunLimits.DEFAULT.maxOutputBytes(200_000);
        List<OutputLine> lines = pump("x".repeat(100_000) + "\nshort\n" + "y\n".repeat(100_000), limits, overLimit);
        assertTrue(lines.get(0).text().length() < limits.maxLineChars() + 100, "cut");
        assertTrue(lines.get(0).text().endsWith("bytes)"), lines.get(0).text().substring(limits.maxLineChars()));
        assertEquals("short", lines.get(1).text());
        assertEquals(1, overLimit.get(), "told once");
        assertTrue(lines.size() < 100_000, "stopped storing past the limit: " + lines.size());
    }

    @Test
    void aLineThatNeverEndsIsShownCutBeforeTheStreamEnds() throws Exception {
        Recording recording = new Recording("t", System.nanoTime(), 2, true, 1_000_000);
        PipedOutputStream program = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(program, 1 << 16);
        Thread pump =
                new Thread(new OutputPump(pipe, false, recording, 7, RunLimits.DEFAULT, () -> {}), "test-output-pump");
        pump.start();
        byte[] chunk = "y".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            program.write(chunk);
        }
        program.flush();
        Waits.until(Duration.ofSeconds(5), () -> !recording.outputAfter(-1).isEmpty(), () -> "nothing shown");
        assertTrue(recording.outputAfter(-1).get(0).text().endsWith("y … (line cut at 4000 bytes)"));
        program.write("y\nnext\n".getBytes(StandardCharsets.UTF_8));
        program.close();
        pump.join(5000);
        assertEquals(
                List.of(7L, 7L),
                recording.outputAfter(-1).stream().map(OutputLine::pid).toList());
        assertEquals("next", recording.outputAfter(-1).get(1).text(), "the cut line's rest was skipped");
        assertEquals(10_000 + 7, recording.outputBytes());
    }
}
