package processlab.timeline;

/** The stretch of run time a timeline shows, in ns since the run began; {@code endNs > startNs}. */
public record TimeWindow(long startNs, long endNs) {

    public TimeWindow {
        if (endNs <= startNs) {
            endNs = startNs + 1;
        }
    }

    public long lengthNs() {
        return endNs - startNs;
    }

    /** x in pixels of a time, for a plot that starts at {@code left} and is {@code width} wide. */
    public double toX(long timeNs, double left, double width) {
        return left + (double) (timeNs - startNs) * width / lengthNs();
    }

    public long toTime(double x, double left, double width) {
        return startNs + Math.round((x - left) * lengthNs() / width);
    }

    /** The window zoomed by {@code factor} (&lt;1 zooms in) around the time at {@code anchorNs}. */
    public TimeWindow zoom(double factor, long anchorNs) {
        double newLength = Math.max(1_000_000, Math.min(3_600e9, lengthNs() * factor));
        double anchorShare = (double) (anchorNs - startNs) / lengthNs();
        long start = Math.round(anchorNs - anchorShare * newLength);
        return new TimeWindow(start, start + Math.round(newLength));
    }

    public TimeWindow shift(long deltaNs) {
        return new TimeWindow(startNs + deltaNs, endNs + deltaNs);
    }

    /** This window, moved later if need be so that it starts no earlier than {@code earliestNs}. */
    public TimeWindow notBefore(long earliestNs) {
        return startNs >= earliestNs ? this : shift(earliestNs - startNs);
    }
}
