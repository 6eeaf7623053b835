package processlab.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import processlab.run.process.RunPlatform;

/**
 * The CPU time of this JVM's children that have ended and been waited for, as the kernel counts it: the
 * {@code cutime} and {@code cstime} of {@code /proc/self/stat}. When a process is waited for, the kernel adds its
 * own CPU time and that of every descendant it waited for to its parent's count. A run's main process is a child
 * of this JVM, so the growth of this count across a run is the CPU time of the whole tree the run waited for,
 * down to processes that lived too briefly for any sampler to see: the figure {@code /usr/bin/time} prints.
 *
 * <p>Runs can overlap, so the count is shared out through {@link Window}s: a run's window takes the growth from its
 * start to its main process's end, less the whole figure of every other run whose main process ended meanwhile
 * (the kernel adds a tree's time when its root is waited for). When that cannot be told apart, the window gives
 * no figure rather than a wrong one.
 *
 * <p>Linux only (the count comes from {@code /proc}); empty elsewhere. Its unit is the kernel's clock tick
 * ({@link StatLine}).
 */
public final class ReapedCpu {

    private static final Path SELF_STAT = Path.of("/proc/self/stat");

    private static final List<Window> OPEN = new ArrayList<>();

    private ReapedCpu() {}

    /** Nanoseconds of CPU used by this JVM's reaped children so far, or empty where the system does not say. */
    public static OptionalLong nanos() {
        if (!RunPlatform.offersProc()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(parse(Files.readString(SELF_STAT)));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** cutime + cstime of a {@code /proc/PID/stat} line, in nanoseconds. */
    static long parse(String statLine) {
        return StatLine.nanos(statLine, StatLine.CUTIME, StatLine.CSTIME);
    }

    /** Opens a window just before a run's main process starts. */
    static Window open() {
        synchronized (OPEN) {
            Window window = new Window(nanos());
            OPEN.add(window);
            return window;
        }
    }

    /** One run's share of the count; see the class comment. */
    static final class Window {

        private final OptionalLong start;
        /** Windows closed while this one was open: their roots were waited for in it. */
        private final List<Window> closedMeanwhile = new ArrayList<>();

        private ProcessHandle root;
        private OptionalLong figure = OptionalLong.empty();
        private boolean closed;

        private Window(OptionalLong start) {
            this.start = start;
        }

        /** The run's main process, once started. */
        void follow(ProcessHandle process) {
            synchronized (OPEN) {
                root = process;
            }
        }

        /**
         * Called once the main process has been waited for: the CPU of its tree, or empty where it cannot be told
         * (no {@code /proc}, or another run's main process ended at the same moment).
         */
        OptionalLong close() {
            synchronized (OPEN) {
                if (closed) {
                    return figure;
                }
                closed = true;
                OPEN.remove(this);
                OptionalLong end = nanos();
                boolean clear = start.isPresent() && end.isPresent();
                long share = clear ? end.getAsLong() - start.getAsLong() : 0;
                for (Window other : closedMeanwhile) {
                    clear &= other.figure.isPresent();
                    share -= other.figure.orElse(0);
                }
                for (Window other : OPEN) {
                    // Ended but not closed yet: its tree is in this count, with no figure to take off.
                    clear &= other.root == null || other.root.isAlive();
                    other.closedMeanwhile.add(this);
                }
                figure = clear && share >= 0 ? OptionalLong.of(share) : OptionalLong.empty();
                return figure;
            }
        }
    }
}
