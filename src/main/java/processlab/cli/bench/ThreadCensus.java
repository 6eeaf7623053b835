package processlab.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Each thread's CPU time in a process at one moment, by thread name (digits folded), from {@code /proc}. */
public record ThreadCensus(long nanoTime, Map<String, Long> ticksByName) {

    public static ThreadCensus of(long pid) {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return new ThreadCensus(System.nanoTime(), ticks);
    }

    /** "name 1.23, other 0.45" for the threads that used at least 30 ms since {@code earlier}, most first. */
    public String minus(ThreadCensus earlier) {
        StringBuilder text = new StringBuilder();
        ticksByName.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - earlier.ticksByName.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 3)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> text.append(String.format(Locale.ROOT, "%s %.2f, ", e.getKey(), e.getValue() / 100.0)));
        return text.toString();
    }
}
