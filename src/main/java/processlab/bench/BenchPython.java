package processlab.bench;

import java.io.IOException;
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

    /** A fixed amount of CPU work over two processes: counting primes by trial division with Pool(2). */
    static final String COUNT_PRIMES_TWO_PROCESSES = """
            import multiprocessing as mp, sys
            def count(n):
                c = 0
                for k in range(2, n):
                    i = 2
                    while i * i <= k:
                        if k % i == 0:
                            break
                        i += 1
                    else:
                        c += 1
                return c
            if __name__ == "__main__":
                with mp.Pool(2) as pool:
                    print(sum(pool.map(count, [int(sys.argv[1])] * 2)))
            """;

    private BenchPython() {
    }

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
