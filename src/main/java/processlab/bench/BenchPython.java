package processlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import processlab.run.python.PythonLocator;
import processlab.run.spec.RunException;

/** Python child processes for the observer benchmarks: the real interpreter, programs, tree cleanup. */
final class BenchPython {

    /**
     * 16 busy threads, as 16 forked processes that each spin until killed. Each one also leaves when its
     * parent is gone or after a minute, so a crashed benchmark leaves nothing spinning.
     */
    static final String SIXTEEN_SPINNERS = """
            import os, sys, time
            root = os.getpid()
            for _ in range(16):
                if os.fork() == 0:
                    end = time.time() + 60
                    while time.time() < end and os.getppid() == root:
                        for _ in range(100000):
                            pass
                    os._exit(0)
            print("ready", flush=True)
            time.sleep(60)
            """;

    /**
     * The demo's own count-primes task over two processes, with Pool(2): the demo's {@code workloads.py} as
     * shipped, then two calls of its {@code count_primes}, so the benchmark measures what a demo run computes.
     * Forked workers inherit the function from this program's {@code __main__}.
     */
    static String countPrimesTwoProcesses() throws IOException {
        return demoWorkloads() + """

                if __name__ == "__main__":
                    import multiprocessing as mp, sys
                    with mp.Pool(2) as pool:
                        print(sum(pool.map(count_primes, [int(sys.argv[1])] * 2)))
                """;
    }

    private static String demoWorkloads() throws IOException {
        String resource = "/processlab/python/workloads.py";
        try (InputStream in = BenchPython.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private BenchPython() {}

    /** The interpreter the app would use ({@code PROCESSLAB_PYTHON}, else python3), as its real executable. */
    static String executable() throws IOException {
        try {
            return new PythonLocator(null).locate(false).executable();
        } catch (RunException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static Process start(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(executable(), "-c", program));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** Waits for the program's first output line (it prints once set up). */
    static void awaitFirstLine(Process process) throws IOException {
        int b;
        while ((b = process.getInputStream().read()) != -1 && b != '\n') {
            // reading up to the end of the line
        }
        if (b == -1) {
            throw new IOException("the benchmark's Python program ended before it was ready");
        }
    }

    static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
