package processlab.ui.timeline.model;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import processlab.run.Recording;

/** Several runs' timelines stacked in one picture on one time scale, as the demo panel shows them. */
public final class ComparisonImage {

    /** A run's lanes get at most this height in the picture; more lanes are drawn thinner. */
    private static final int MAX_PART_HEIGHT = 900;

    private ComparisonImage() {
    }

    public static BufferedImage render(List<Recording> recordings, List<String> titles, TimeWindow window,
                                       int width, boolean showAllThreads) {
        List<BufferedImage> parts = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < recordings.size(); i++) {
            Recording recording = recordings.get(i);
            TimelineOptions options = TimelineOptions.defaults().withShowAllThreads(showAllThreads)
                    .withTitle(titles.get(i)).withLegend(i == recordings.size() - 1);
            int natural = TimelineImage.naturalHeight(recording, width, options);
            int partHeight = Math.min(MAX_PART_HEIGHT, natural);
            if (partHeight < natural) {
                double legend = options.showLegend() ? TimelineLayout.LEGEND_HEIGHT : 0;
                double plot = partHeight - TimelineLayout.AXIS_HEIGHT - legend;
                options = options.withLaneHeight(TimelineLayout.fittingLaneHeight(recording, plot, options));
            }
            BufferedImage part = TimelineImage.render(recording, window, width, partHeight, options);
            parts.add(part);
            height += part.getHeight();
        }
        BufferedImage image = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int y = 0;
            for (BufferedImage part : parts) {
                g.drawImage(part, 0, y, null);
                y += part.getHeight();
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
