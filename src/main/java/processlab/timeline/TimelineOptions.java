package processlab.timeline;

/**
 * How a timeline is laid out, besides its size and time window.
 *
 * @param showAllThreads   also show a JVM's own threads (GC, compiler…)
 * @param laneHeight       height of one thread's lane in pixels (at least {@link #MIN_LANE_HEIGHT})
 * @param scrollY          how far the lanes are scrolled up, in pixels
 * @param showLegend       draw the core colour legend under the lanes
 * @param title            a heading drawn above the axis in the gutter ("Python threads"), may be empty
 * @param leaveOutOverflow for pictures, which cannot scroll: lanes past the bottom are not laid out, and a last
 *                         row says how many were left out ({@link TimelineFrame.LeftOut})
 */
public record TimelineOptions(
        boolean showAllThreads,
        double laneHeight,
        double scrollY,
        boolean showLegend,
        String title,
        boolean leaveOutOverflow) {

    public static final double MIN_LANE_HEIGHT = 30;
    public static final double DEFAULT_LANE_HEIGHT = 48;

    public TimelineOptions {
        laneHeight = Math.max(MIN_LANE_HEIGHT, laneHeight);
        scrollY = Math.max(0, scrollY);
        title = title == null ? "" : title;
    }

    public static TimelineOptions defaults() {
        return new TimelineOptions(false, DEFAULT_LANE_HEIGHT, 0, true, "", false);
    }

    public TimelineOptions withScrollY(double y) {
        return new TimelineOptions(showAllThreads, laneHeight, y, showLegend, title, leaveOutOverflow);
    }

    public TimelineOptions withLaneHeight(double height) {
        return new TimelineOptions(showAllThreads, height, scrollY, showLegend, title, leaveOutOverflow);
    }

    public TimelineOptions withShowAllThreads(boolean all) {
        return new TimelineOptions(all, laneHeight, scrollY, showLegend, title, leaveOutOverflow);
    }

    public TimelineOptions withTitle(String newTitle) {
        return new TimelineOptions(showAllThreads, laneHeight, scrollY, showLegend, newTitle, leaveOutOverflow);
    }

    public TimelineOptions withLegend(boolean legend) {
        return new TimelineOptions(showAllThreads, laneHeight, scrollY, legend, title, leaveOutOverflow);
    }

    public TimelineOptions withLeaveOutOverflow(boolean leaveOut) {
        return new TimelineOptions(showAllThreads, laneHeight, scrollY, showLegend, title, leaveOut);
    }
}
