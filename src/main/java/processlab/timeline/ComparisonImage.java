package processlab.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import processlab.recording.Recording;

/** Several runs' timelines stacked in one picture on one time scale, as the demo panel shows them. */
public final class ComparisonImage {

    /** A run's lanes get at most this height in the picture; more lanes are drawn thinner. */
    private static final int MAX_PART_HEIGHT = 900;

    private ComparisonImage() {}

    /** Height of the band above a run's timeline that holds its figures. */
    private static final int FIGURES_HEIGHT = 40;

    private static final int HEADING_HEIGHT = 64;

    /**
     * What to draw: the runs' recordings with their titles, and optionally, ready for a slide, the demo's title
     * above everything ({@code heading}) and each run's figures (cores busy, speed-up, wall time) above its
     * timeline. An empty heading or figures line takes no room. Holds copies, so it is safe to draw on any thread.
     */
    public record Request(
            String heading,
            List<Recording> recordings,
            List<String> titles,
            List<String> figures,
            TimeWindow window,
            int width,
            boolean showAllThreads) {

        public Request {
            recordings = List.copyOf(recordings);
            titles = List.copyOf(titles);
            figures = List.copyOf(figures);
        }

        public BufferedImage render() {
            List<BufferedImage> parts = new ArrayList<>();
            int height = heading.isEmpty() ? 0 : HEADING_HEIGHT;
            for (int i = 0; i < recordings.size(); i++) {
                Recording recording = recordings.get(i);
                TimelineOptions options = TimelineOptions.defaults()
                        .withShowAllThreads(showAllThreads)
                        .withTitle(titles.get(i))
                        .withLegend(i == recordings.size() - 1);
                int natural = TimelineImage.naturalHeight(recording, width, options);
                int partHeight = Math.min(MAX_PART_HEIGHT, natural);
                if (partHeight < natural) {
                    double legend = options.showLegend() ? TimelineLayout.LEGEND_HEIGHT : 0;
                    double plot = partHeight - TimelineLayout.AXIS_HEIGHT - legend;
                    options = options.withLaneHeight(TimelineLayout.fittingLaneHeight(recording, plot, options));
                }
                BufferedImage part = TimelineImage.render(recording, window, width, partHeight, options);
                parts.add(part);
                height += part.getHeight() + (figures.get(i).isEmpty() ? 0 : FIGURES_HEIGHT);
            }
            BufferedImage image = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setRenderingHint(
                        java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                int y = 0;
                if (!heading.isEmpty()) {
                    text(g, heading, 36, java.awt.Font.BOLD, y + 46);
                    y += HEADING_HEIGHT;
                }
                for (int i = 0; i < parts.size(); i++) {
                    if (!figures.get(i).isEmpty()) {
                        text(g, titles.get(i) + ":  " + figures.get(i), 24, java.awt.Font.BOLD, y + 30);
                        y += FIGURES_HEIGHT;
                    }
                    g.drawImage(parts.get(i), 0, y, null);
                    y += parts.get(i).getHeight();
                }
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    public static BufferedImage render(
            List<Recording> recordings, List<String> titles, TimeWindow window, int width, boolean showAllThreads) {
        return new Request(
                        "",
                        recordings,
                        titles,
                        java.util.Collections.nCopies(recordings.size(), ""),
                        window,
                        width,
                        showAllThreads)
                .render();
    }

    private static void text(Graphics2D g, String text, int size, int style, int baseline) {
        g.setColor(new java.awt.Color(0x11, 0x11, 0x11));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, style, size));
        g.drawString(text, 16, baseline);
    }
}
