package processlab.ui.timeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.ui.timeline.model.SyntheticRecordings.MS;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import processlab.run.Recording;

class TimelineImageTest {

    @Test
    void drawsLanesHeadlessIntoAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "tests run with java.awt.headless=true");
        Recording recording = SyntheticRecordings.twoChildren();
        TimeWindow window = new TimeWindow(0, 1200 * MS);
        TimelineOptions options = TimelineOptions.defaults().withTitle("Python processes");
        BufferedImage image = TimelineImage.render(recording, window, 1000, 400, options);
        Path png = dir.resolve("timeline.png");
        TimelineImage.writePng(image, png);

        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(1000, read.getWidth());
        assertEquals(400, read.getHeight());
        TimelineFrame frame = TimelineLayout.layout(recording, window, 1000, 400, options);
        TimelineFrame.Lane busyLane = frame.lanes().get(1);
        int x = (int) window.toX(500 * MS, frame.plotLeft(), frame.plotWidth());
        int y = (int) (busyLane.y() + busyLane.height() * TimelineLayout.CPU_SHARE - 4);
        assertEquals(CorePalette.colorOf(0) & 0xFFFFFF, read.getRGB(x, y) & 0xFFFFFF, "core 0 colour in its lane");
        assertTrue(countNonBackground(read, (int) frame.plotLeft(), (int) frame.lanes().get(2).y(),
                (int) frame.plotWidth(), (int) frame.lanes().get(2).height()) > 1000,
                "the second child's lane is drawn");
    }

    @Test
    void naturalHeightFitsEveryLane() {
        Recording recording = SyntheticRecordings.twoChildren();
        int height = TimelineImage.naturalHeight(recording, 1000, TimelineOptions.defaults());
        assertEquals(TimelineLayout.AXIS_HEIGHT + 3 * TimelineLayout.HEADER_HEIGHT
                + 3 * TimelineOptions.DEFAULT_LANE_HEIGHT + TimelineLayout.LEGEND_HEIGHT + 4, height, 1.0);
    }

    static int countNonBackground(BufferedImage image, int x0, int y0, int w, int h) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != (ChartPalette.LIGHT.ground() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    public static void main(String[] args) throws Exception {
        Recording recording = SyntheticRecordings.twoChildren();
        int height = TimelineImage.naturalHeight(recording, 1200, TimelineOptions.defaults());
        TimelineImage.writePng(TimelineImage.render(recording, TimelineImage.wholeRun(recording), 1200, height,
                TimelineOptions.defaults().withTitle("Python processes")), Files.createTempFile("tl", ".png"));
    }
}
