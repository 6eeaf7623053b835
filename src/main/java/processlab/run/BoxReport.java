package processlab.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a {@link RunBox} wrote about its run, one line per fact (the format is described in {@code box.py}). Read
 * whole each time: it holds a handful of short lines.
 */
final class BoxReport {

    private final Path file;

    BoxReport(Path file) {
        this.file = file;
    }

    /**
     * The facts so far.
     *
     * @param mainPid        the program's pid, once started
     * @param mainStartNanos when the box started it, in {@link System#nanoTime()}'s clock (both are CLOCK_MONOTONIC)
     * @param mainEndNanos   when the main process ended, in {@link System#nanoTime()}'s clock
     * @param exitCode       the main process's exit code as recorded: -N when signal N ended it
     * @param leftover       how many processes were still running after the main process ended, and were ended
     * @param overCap        how many processes were alive at once when the cap stopped the run
     * @param orphaned       whether the box saw the app die and ended the run itself
     * @param noSubreaper    whether the kernel refused to make it a subreaper (orphans may then escape)
     * @param ownCpuNanos    the box's own CPU time, said as it exits
     */
    record Snapshot(
            OptionalLong mainPid,
            OptionalLong mainStartNanos,
            OptionalLong mainEndNanos,
            OptionalInt exitCode,
            OptionalInt leftover,
            OptionalInt overCap,
            boolean orphaned,
            boolean noSubreaper,
            OptionalLong ownCpuNanos) {}

    Snapshot read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            text = "";
        } catch (IOException e) {
            text = "";
        }
        return parse(text);
    }

    static Snapshot parse(String text) {
        OptionalLong mainPid = OptionalLong.empty();
        OptionalLong startNanos = OptionalLong.empty();
        OptionalLong endNanos = OptionalLong.empty();
        OptionalInt exitCode = OptionalInt.empty();
        OptionalInt leftover = OptionalInt.empty();
        OptionalInt overCap = OptionalInt.empty();
        boolean orphaned = false;
        boolean noSubreaper = false;
        OptionalLong ownCpu = OptionalLong.empty();
        for (String line : text.split("\n")) {
            if (!line.isEmpty() && !text.endsWith("\n") && text.endsWith(line)) {
                break; // a line still being written
            }
            String[] words = line.split(" ");
            try {
                switch (words[0]) {
                    case "main" -> {
                        startNanos = OptionalLong.of(Long.parseLong(words[2]));
                        mainPid = OptionalLong.of(Long.parseLong(words[1]));
                    }
                    case "exit" -> {
                        endNanos = OptionalLong.of(Long.parseLong(words[1]));
                        int value = Integer.parseInt(words[3]);
                        exitCode = OptionalInt.of(words[2].equals("signal") ? -value : value);
                    }
                    case "leftover" -> leftover = OptionalInt.of(Integer.parseInt(words[1]));
                    case "cap" -> overCap = OptionalInt.of(Integer.parseInt(words[1]));
                    case "orphaned" -> orphaned = true;
                    case "nosubreaper" -> noSubreaper = true;
                    case "self" -> ownCpu = OptionalLong.of(Long.parseLong(words[1]));
                    default -> {}
                }
            } catch (RuntimeException e) {
                // a damaged line says nothing
            }
        }
        return new Snapshot(mainPid, startNanos, endNanos, exitCode, leftover, overCap, orphaned, noSubreaper, ownCpu);
    }
}
