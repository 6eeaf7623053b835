package processlab.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import processlab.run.RunConsole;
import processlab.run.RunEnvironment;
import processlab.run.RunHost;
import processlab.run.RunMonitors;
import processlab.run.RunResult;
import processlab.run.RunSession;
import processlab.run.observe.ProcessTreeObserver;
import processlab.run.spec.RunException;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;
import processlab.trace.ChromeTrace;
import processlab.trace.RunSummary;

/**
 * {@code trace [--out FILE.json] [--hz N] -- PROGRAM ARGS…}: runs a program under the observer, attached to this
 * command's input and output (its stdin is the program's, and what it writes passes through byte for byte, whatever
 * the length of its lines), prints a summary (wall, CPU, average parallelism, each process's exit code), optionally
 * writes a Chrome Trace Event file, and exits with the program's exit code (128+N when a signal killed it).
 */
public final class TraceCommand implements Command {

    /**
     * Long enough for anything one would trace by hand; the tree still ends if this JVM is stopped. The output limits
     * bound only the Recording's copy: the program's output itself passes through whole.
     */
    private static final RunLimits LIMITS = new RunLimits(Duration.ofDays(1), 10_000, 16_000, 1L << 40, 1_000);

    private final InputStream stdin;

    /** Attached to this JVM's standard input. */
    public TraceCommand() {
        this(System.in);
    }

    /** @param stdin what the traced program reads as its standard input */
    public TraceCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path traceFile = null;
        int hz = ProcessTreeObserver.DEFAULT_HZ;
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("--")) {
            String option = args.get(i);
            if (option.equals("--")) {
                i++;
                break;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--out" -> traceFile = Path.of(value);
                case "--hz" -> hz = parseHz(value);
                default -> throw new UsageException("unknown option " + option + usage());
            }
            i += 2;
        }
        List<String> program = args.subList(i, args.size());
        if (program.isEmpty()) {
            throw new UsageException("no program given" + usage());
        }

        RunSession session;
        LineEnd programOut = new LineEnd(out);
        try {
            session = RunSession.start(
                    new RunSpec.Program(program, LIMITS),
                    RunEnvironment.of(RunHost.create())
                            .withMonitors(RunMonitors.observing(hz))
                            .withConsole(new RunConsole(stdin, programOut, err)));
        } catch (RunException e) {
            err.println("trace: " + e.getMessage());
            return 127;
        }
        Thread stopOnExit = new Thread(
                () -> {
                    session.stop();
                    try {
                        session.await(Duration.ofSeconds(2));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "processlab-trace-stop-on-exit");
        Runtime.getRuntime().addShutdownHook(stopOnExit);

        RunResult result = session.completion().get();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        err.flush();

        session.recording().notices().forEach(notice -> err.println("trace: " + notice));
        if (programOut.midLine()) {
            out.println(); // the summary starts a line of its own, after the program's bytes as they were
        }
        out.print(RunSummary.of(session.recording()).toText());
        if (traceFile != null) {
            // The exit code is the program's (the contract), even when the file cannot be written.
            try {
                ChromeTrace.write(session.recording(), traceFile);
                out.println("trace written to " + traceFile);
            } catch (IOException e) {
                err.println("trace: could not write " + traceFile + ": " + e.getMessage());
            }
        }
        out.flush();
        return result.shellExitCode();
    }

    /** Passes bytes on and remembers whether the last one ended a line. */
    private static final class LineEnd extends FilterOutputStream {

        private volatile boolean midLine;

        LineEnd(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            midLine = b != '\n';
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            if (length > 0) {
                midLine = bytes[offset + length - 1] != '\n';
            }
        }

        boolean midLine() {
            return midLine;
        }
    }

    private static int parseHz(String value) throws UsageException {
        return UsageException.wholeNumber(value, 1, 1000, "--hz must be a whole number from 1 to 1000, not " + value);
    }

    private static String usage() {
        return "\nusage: trace [--out FILE.json] [--hz N] -- PROGRAM ARGS...";
    }
}
