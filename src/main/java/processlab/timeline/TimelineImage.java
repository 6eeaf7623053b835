package processlab.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import processlab.recording.Recording;

/** A timeline as a picture, drawn with Java2D: works headless, with no JavaFX toolkit at all. */
public final class TimelineImage {

    private TimelineImage() {}

    /** The whole run (or {@code window} if given) at the given size, lanes sized to fit when they can. */
    public static BufferedImage render(
            Recording recording, TimeWindow window, int width, int height, TimelineOptions options) {
        return draw(TimelineLayout.layout(recording, window, width, height, options));
    }

    /** A frame already laid out, at its own size. */
    public static BufferedImage draw(TimelineFrame frame) {
        BufferedImage image = new BufferedImage(
                (int) Math.round(frame.width()), (int) Math.round(frame.height()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            TimelineDrawing.draw(frame, new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The window that shows a whole run, with a little room after its end. */
    public static TimeWindow wholeRun(Recording recording) {
        long end = recording.isFinished() ? recording.endNs() : recording.now();
        return new TimeWindow(0, Math.max(1_000_000L, Math.round(end * 1.03)));
    }

    /** The height a picture of a run needs so every shown lane fits (without scrolling). */
    public static int naturalHeight(Recording recording, int width, TimelineOptions options) {
        double content = TimelineLayout.countShown(recording, options).contentHeight(options.laneHeight());
        double legend = options.showLegend() ? TimelineLayout.LEGEND_HEIGHT : 0;
        return (int) Math.ceil(TimelineLayout.AXIS_HEIGHT + content + legend + 4);
    }

    public static void writePng(BufferedImage image, Path file) throws IOException {
        // Opened here, not by ImageIO: given a file it cannot open, ImageIO prints a stack trace of its own.
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }
}
