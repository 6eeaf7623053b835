package processlab.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One picture of a timeline, already in pixels: what to draw and where. Built by {@link TimelineLayout} from a
 * Recording, drawn by {@link TimelineDrawing} onto any {@link Surface} (a JavaFX canvas or a Java2D image), and
 * asked by the view what lies under the mouse. Immutable.
 *
 * @param plotLeft      x where the time axis starts (left of it: the lane labels)
 * @param plotTop       y where lanes start (above it: the time axis)
 * @param plotBottom    y where lanes end (below it: the legend)
 * @param contentHeight the height all lanes would need, for scrolling
 * @param leftOut       the lanes a picture had no room for ({@link LeftOut#NONE} when every lane is laid out)
 */
public record TimelineFrame(
        double width,
        double height,
        double plotLeft,
        double plotTop,
        double plotBottom,
        TimeWindow window,
        List<Tick> ticks,
        List<ProcessHeader> headers,
        List<Lane> lanes,
        List<LegendEntry> legend,
        String legendNote,
        double contentHeight,
        String title,
        LeftOut leftOut) {

    public double plotWidth() {
        return width - plotLeft;
    }

    /**
     * The threads (and whole processes) that did not fit a picture, said on a row of their own at {@code y} so
     * that an image never looks complete when it is not.
     */
    public record LeftOut(int threads, int processes, double y, double height) {

        public static final LeftOut NONE = new LeftOut(0, 0, 0, 0);

        public boolean any() {
            return threads > 0 || processes > 0;
        }

        /** "… and 199,870 more threads not drawn", naming whole processes left out too. */
        public String text() {
            String threadsPart = String.format(Locale.ROOT, "%,d more thread%s", threads, threads == 1 ? "" : "s");
            String processesPart =
                    String.format(Locale.ROOT, "%,d more process%s", processes, processes == 1 ? "" : "es");
            if (processes == 0) {
                return "… and " + threadsPart + " not drawn";
            }
            return "… and " + (threads == 0 ? processesPart : threadsPart + " of " + processesPart) + " not drawn";
        }
    }

    /** A labelled line of the time axis. */
    public record Tick(double x, String label) {}

    /** The row naming a process; its marks are drawn across its whole group of lanes. */
    public record ProcessHeader(
            long pid, double y, double height, double groupBottom, String text, boolean failed, List<Mark> marks) {}

    public enum MarkKind {
        START,
        EXIT_OK,
        EXIT_FAILED,
        EXIT_UNKNOWN
    }

    public record Mark(double x, String text, MarkKind kind) {}

    /**
     * One thread's lane.
     *
     * @param process what its process is: its role ("main", "pool worker 2") or else its command; may be empty
     */
    public record Lane(
            long pid,
            String process,
            long tid,
            String threadName,
            double y,
            double height,
            String label,
            String detail,
            List<CpuBlock> cpu,
            List<WaitLine> waits,
            List<TaskBar> tasks) {}

    /** A stretch on a CPU: {@code busy} (0..1) of it was spent on core {@code core} (or unknown, -1). */
    public record CpuBlock(double x0, double x1, long startNs, long endNs, double busy, int core, int argb) {}

    /** A stretch where the thread existed but was off the CPU (waiting, sleeping, blocked). */
    public record WaitLine(double x0, double x1) {}

    public record TaskBar(double x0, double x1, long startNs, long endNs, String text, boolean running) {}

    public enum LegendKind {
        CORE,
        WAITING,
        TASK
    }

    public record LegendEntry(LegendKind kind, int argb, String text) {}

    /** A few lines about what is under the point, for a hover tooltip (see {@link HoverText}). */
    public Optional<String> describeAt(double x, double y) {
        return HoverText.describe(this, x, y);
    }

    /** The lane at height {@code y}, if a lane is there. */
    public Optional<Lane> laneAt(double y) {
        for (Lane lane : lanes) {
            if (y >= lane.y() && y <= lane.y() + lane.height()) {
                return Optional.of(lane);
            }
        }
        return Optional.empty();
    }

    static String seconds(long ns) {
        double s = ns / 1e9;
        if (Math.abs(s) >= 10) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        return String.format(Locale.ROOT, "%.3f s", s);
    }
}
