package processlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Both ends of a benchmark whose figures come from a probe in a child JVM started with the app's options: the
 * parent starts it and reads its {@code MARKER name value unit} lines, the probe's {@code main} prints them.
 */
public final class ProbeChild {

    private static final boolean VERBOSE = Boolean.getBoolean("processlab.bench.verbose");

    /** Another line of the child's that a benchmark reads (its fields, split at spaces); true if it took it. */
    @FunctionalInterface
    public interface OtherLines {
        boolean take(Process child, String[] fields);
    }

    private ProbeChild() {}

    /**
     * Runs {@code probe} in a child JVM (headless when asked) with the given {@code -D} options, killed after
     * {@code timeoutSeconds}, and returns the figures it printed; fails, with what it said, if it printed none.
     */
    public static List<BenchResult> run(
            boolean headless,
            List<String> options,
            Class<?> probe,
            String marker,
            long timeoutSeconds,
            OtherLines others)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(ChildJvm.appCommand(headless));
        command.addAll(options);
        if (VERBOSE) {
            command.add("-Dprocesslab.bench.verbose=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), probe.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ChildJvm.killAfter(child, timeoutSeconds);
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<BenchResult> results = new ArrayList<>();
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                String[] fields = line.trim().split(" ");
                if (fields[0].equals(marker) && fields.length == 4) {
                    results.add(new BenchResult(fields[1], Double.parseDouble(fields[2]), fields[3]));
                } else if (others.take(child, fields)) {
                    continue;
                } else if (VERBOSE) {
                    System.err.println(line);
                } else if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            int exit = child.waitFor();
            if (exit != 0 || results.isEmpty()) {
                throw new IOException("the " + probe.getSimpleName() + " child ended (exit " + exit
                        + ") without its figures:\n" + seen);
            }
            return results;
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * For a probe's {@code main}: prints the figures {@code measure} returns as {@code marker} lines.
     *
     * @return the exit code for the probe: 1 if measuring failed
     */
    public static int printFigures(String marker, String failureLabel, Callable<List<BenchResult>> measure) {
        int code = 0;
        try {
            for (BenchResult result : measure.call()) {
                System.out.printf(Locale.ROOT, "%s %s %s %s%n", marker, result.name(), result.value(), result.unit());
            }
        } catch (Exception e) {
            System.err.println(failureLabel + ": " + e);
            code = 1;
        }
        System.out.flush();
        return code;
    }
}
