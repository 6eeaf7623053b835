package processlab.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import processlab.recording.Recording;

/** The exported picture of a demo is ready for a slide: the demo's title on top, each run's figures above it. */
class ComparisonImageTest {

    private static final TimeWindow WINDOW = new TimeWindow(0, 2_000_000_000L);

    @Test
    void carriesTheDemosTitleAndEachRunsFigures() {
        Recording run = SyntheticRecordings.twoChildren();
        BufferedImage plain = ComparisonImage.render(List.of(run, run), List.of("A", "B"), WINDOW, 900, false);
        BufferedImage slide = new ComparisonImage.Request(
                        "Threads take turns",
                        List.of(run, run),
                        List.of("A", "B"),
                        List.of("1.7 of 2 cores busy · ×1.7 vs 1 worker · wall 1.28 s", "0.9 of 2 cores busy"),
                        WINDOW,
                        900,
                        false)
                .render();
        assertEquals(plain.getHeight() + 64 + 2 * 40, slide.getHeight(), "a heading band and two figures bands");
        assertTrue(darkPixels(slide, 0, 64) > 200, "the title is written in the heading band");
        assertTrue(darkPixels(slide, 64, 104) > 200, "the first run's figures are written above it");
        assertEquals(0, darkPixels(plain, 0, 1), "without them the picture starts with the timeline");
    }

    private static int darkPixels(BufferedImage image, int fromY, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (luminance < 150) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
