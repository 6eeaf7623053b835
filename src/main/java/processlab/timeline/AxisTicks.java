package processlab.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round-numbered seconds along a time axis, spaced so that their labels never touch. */
final class AxisTicks {

    private static final double MIN_SPACING_PX = 110;

    private AxisTicks() {}

    static List<TimelineFrame.Tick> ticks(TimeWindow window, double left, double width) {
        double secondsPerPx = window.lengthNs() / 1e9 / width;
        double step = niceStep(secondsPerPx * MIN_SPACING_PX);
        List<TimelineFrame.Tick> ticks = new ArrayList<>();
        double first = Math.ceil(window.startNs() / 1e9 / step) * step;
        for (double t = first; t * 1e9 <= window.endNs(); t += step) {
            ticks.add(new TimelineFrame.Tick(window.toX(Math.round(t * 1e9), left, width), label(t, step)));
        }
        return ticks;
    }

    static double niceStep(double atLeast) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(atLeast, 1e-6))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= atLeast) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String label(double t, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        if (Math.abs(t) < step / 2) {
            return "0 s";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f s", t);
    }
}
