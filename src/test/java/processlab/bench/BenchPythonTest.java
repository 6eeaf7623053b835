package processlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BenchPythonTest {

    @Test
    void theSlowdownWorkloadIsTheDemosCountPrimes() throws Exception {
        String workloads;
        try (InputStream in = BenchPython.class.getResourceAsStream("/processlab/python/workloads.py")) {
            workloads = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String program = BenchPython.countPrimesTwoProcesses();
        assertTrue(program.startsWith(workloads), "the benchmark runs the demo's workloads.py as shipped");
        assertTrue(program.contains("pool.map(count_primes"), "and calls its count_primes");

        Process python = BenchPython.start(program, "1000");
        try {
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(python.waitFor(30, TimeUnit.SECONDS));
            assertEquals("336", out, "168 primes below 1000, counted by each of two processes");
        } finally {
            BenchPython.killTree(python);
        }
    }
}
