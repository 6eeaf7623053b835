package processlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import processlab.run.StatLine;

/** Each thread's CPU time in a process at one moment, by thread name (digits folded), from {@code /proc}. */
public record ThreadCensus(long nanoTime, Map<String, Long> cpuNanosByName) {

    public static ThreadCensus of(long pid) {
        Map<String, Long> cpu = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = StatLine.name(stat).replaceAll("[0-9]+", "#");
                    cpu.merge(name, StatLine.nanos(stat, StatLine.UTIME, StatLine.STIME), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return new ThreadCensus(System.nanoTime(), cpu);
    }

    /** "name 1.23, other 0.45" for the threads that used at least 30 ms since {@code earlier}, most first. */
    public String minus(ThreadCensus earlier) {
        StringBuilder text = new StringBuilder();
        cpuNanosByName.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - earlier.cpuNanosByName.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 30_000_000L)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> text.append(String.format(Locale.ROOT, "%s %.2f, ", e.getKey(), e.getValue() / 1e9)));
        return text.toString();
    }
}
