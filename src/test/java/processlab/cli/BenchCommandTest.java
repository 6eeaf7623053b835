package processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import processlab.bench.BenchResult;
import processlab.bench.Benchmark;
import processlab.bench.StartupBenchmark;

class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<Benchmark> benchmarks) throws Exception {
        return new BenchCommand(benchmarks)
                .run(
                        List.of(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonObjectPerLineAndKeepsGoingPastAFailure() throws Exception {
        Benchmark broken = () -> {
            throw new IllegalStateException("no python3");
        };
        Benchmark fine = () -> List.of(new BenchResult("a_ms", 12.5, "ms"), new BenchResult("b \"q\"", 3, "x"));
        assertEquals(1, run(List.of(broken, fine)));
        assertEquals(
                "{\"name\":\"a_ms\",\"value\":12.5,\"unit\":\"ms\"}\n"
                        + "{\"name\":\"b \\\"q\\\"\",\"value\":3.0,\"unit\":\"x\"}\n",
                out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("failed: no python3"));
    }

    @Test
    void benchIsARegisteredCommandThatTakesNoArguments() {
        assertTrue(Commands.isCommand("bench"));
        org.junit.jupiter.api.Assertions.assertThrows(
                UsageException.class, () -> new BenchCommand(List.of()).run(List.of("--x"), System.out, System.err));
    }

    /** Starts real child JVMs (headless), once each: every probe must draw and report. */
    @Test
    void startupFiguresComeFromRealChildJvms() throws Exception {
        List<BenchResult> results = new StartupBenchmark(Path.of("src/test/resources/ui-lessons"), true, 1).run();
        assertEquals(
                List.of("startup_first_lesson_ms", "startup_empty_fx_ms", "startup_window_complete_ms"),
                results.stream().map(BenchResult::name).toList());
        for (BenchResult result : results) {
            assertEquals("ms", result.unit());
            assertTrue(result.value() > 50 && result.value() < 60_000, result.toString());
        }
    }
}
