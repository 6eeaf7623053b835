package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.recording.OutputLine;
import processlab.recording.Recording;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/**
 * Endless output from real Python keeps the Recording small in characters, not only in lines: many long lines,
 * and one line that never ends, which shows cut while the run goes on and counts towards the output cap.
 */
@Timeout(60)
class OutputFloodTest {

    private static final RunEnvironment ENV = TestRuns.environment().withMonitors(RunMonitor.NONE);
    private static final String ENDLESS_LINE = "import sys\nwhile True:\n    sys.stdout.write('y' * 1000)\n";

    @Test
    void manyLongLinesAreKeptWithinTheCharacterCap() throws Exception {
        // 3,000 characters a line: far fewer lines than the line cap hold far more than the character cap.
        RunLimits limits = RunLimits.withTimeout(Duration.ofSeconds(20)).maxOutputBytes(12L << 20);
        RunSession session = RunSession.start(
                new RunSpec.PythonSource("while True:\n    print('x' * 3000)\n", "printer", limits), ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(30));
        assertEquals(StopReason.OUTPUT_CAP, result.reason());
        Recording recording = session.recording();
        List<OutputLine> kept = recording.outputAfter(-1);
        assertTrue(kept.size() < limits.outputLines(), "fewer lines than the line cap: " + kept.size());
        assertTrue(keptChars(kept) <= Recording.OUTPUT_CHARS_CAP, keptChars(kept) + " characters kept");
        assertTrue(recording.droppedOutputLines() > 0, "the oldest lines were dropped, and counted");
    }

    @Test
    void aLineThatNeverEndsShowsCutWhileTheRunGoesOn() throws Exception {
        // The instrumentation held an unfinished line back whole: nothing showed, and it grew in the program.
        RunLimits limits = RunLimits.withTimeout(Duration.ofSeconds(20)).maxOutputBytes(1L << 40);
        RunSession session = RunSession.start(new RunSpec.PythonSource(ENDLESS_LINE, "one line", limits), ENV);
        Waits.until(
                Duration.ofSeconds(10),
                () -> !session.recording().outputAfter(-1).isEmpty(),
                () -> "nothing shown; running: " + session.isRunning());
        assertTrue(session.isRunning(), "shown before the run ended");
        OutputLine line = session.recording().outputAfter(-1).get(0);
        String note = " … (line cut at " + limits.maxLineChars() + " bytes)";
        // The cut counts the bytes as they came, the pid tag with them.
        assertTrue(
                line.text().matches("y{3900," + limits.maxLineChars() + "}" + Pattern.quote(note)),
                () -> line.text().length() + " characters: " + line.text().substring(0, 20) + "…");
        assertEquals(session.pid(), line.pid());
        session.stop();
        Waits.end(session, Duration.ofSeconds(10));
        assertEquals(1, session.recording().outputAfter(-1).size(), "the rest of the line is skipped");
    }

    @Test
    void aLineThatNeverEndsReachesTheOutputCap() throws Exception {
        RunLimits limits = RunLimits.withTimeout(Duration.ofSeconds(20)).maxOutputBytes(8L << 20);
        RunSession session = RunSession.start(new RunSpec.PythonSource(ENDLESS_LINE, "one line", limits), ENV);
        RunResult result = Waits.end(session, Duration.ofSeconds(30));
        assertEquals(StopReason.OUTPUT_CAP, result.reason(), "stopped by its output, not by the time limit");
        assertTrue(session.recording().outputBytes() > limits.maxOutputBytes());
        assertTrue(keptChars(session.recording().outputAfter(-1)) < 2 * limits.maxLineChars());
    }

    private static long keptChars(List<OutputLine> lines) {
        return lines.stream().mapToLong(line -> line.text().length()).sum();
    }
}
