package processlab.ui.timeline;

import java.util.ArrayDeque;

/**
 * The clips in force on a surface that clips by itself ({@link FxSurface}), innermost first, each already cut to the
 * ones around it, as {x0, y0, x1, y1}.
 */
final class ClipStack {

    private final ArrayDeque<double[]> clips = new ArrayDeque<>();

    /** Enters a clip, cut to the one in force. */
    void push(double x, double y, double w, double h) {
        double[] clip = {x, y, x + w, y + h};
        double[] outer = clips.peek();
        if (outer != null) {
            clip[0] = Math.max(clip[0], outer[0]);
            clip[1] = Math.max(clip[1], outer[1]);
            clip[2] = Math.min(clip[2], outer[2]);
            clip[3] = Math.min(clip[3], outer[3]);
        }
        clips.push(clip);
    }

    void pop() {
        clips.pop();
    }

    /** The clip in force as {x0, y0, x1, y1}, or null when there is none. */
    double[] current() {
        return clips.peek();
    }

    void clear() {
        clips.clear();
    }

    /** Whether text of {@code size} with its baseline starting at (x, y) falls outside the clip, and is left out. */
    boolean hidesText(double x, double y, double size) {
        double[] clip = clips.peek();
        // Capitals reach about three quarters of the size above the baseline; a descender may stick out below
        // by a pixel or two, which is kinder than losing a lane's detail line.
        return clip != null && (y - size * 0.75 < clip[1] - 1 || y > clip[3] + 1 || x >= clip[2] || x < clip[0] - 1);
    }
}
