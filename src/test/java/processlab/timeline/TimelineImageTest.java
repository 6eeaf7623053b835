package processlab.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static processlab.timeline.SyntheticRecordings.MS;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.recording.CpuSample;
import processlab.recording.Recording;
import processlab.recording.ThreadTrack;

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
        assertTrue(
                countNonBackground(
                                read,
                                (int) frame.plotLeft(),
                                (int) frame.lanes().get(2).y(),
                                (int) frame.plotWidth(),
                                (int) frame.lanes().get(2).height())
                        > 1000,
                "the second child's lane is drawn");
    }

    @Test
    void naturalHeightFitsEveryLane() {
        Recording recording = SyntheticRecordings.twoChildren();
        int height = TimelineImage.naturalHeight(recording, 1000, TimelineOptions.defaults());
        assertEquals(
                TimelineLayout.AXIS_HEIGHT
                        + 3 * TimelineLayout.HEADER_HEIGHT
                        + 3 * TimelineOptions.DEFAULT_LANE_HEIGHT
                        + TimelineLayout.LEGEND_HEIGHT
                        + 4,
                height,
                1.0);
    }

    @Test
    void aPictureWithoutRoomForEveryLaneSaysOnItsLastRowHowManyWereLeftOut() {
        Recording recording = new Recording("many", System.nanoTime(), 2, true, 100);
        recording.processStarted(1, 0, "python3 many.py", 0);
        for (int tid = 2; tid <= 301; tid++) {
            ThreadTrack thread = recording.thread(1, tid, "worker", 0);
            recording.addCpuSample(thread, new CpuSample(0, 10 * MS, 10 * MS, 0, 'R'));
        }
        recording.finish(20 * MS);
        TimelineOptions options = TimelineOptions.defaults().withLaneHeight(TimelineOptions.MIN_LANE_HEIGHT);

        TimelineFrame scrolling = TimelineLayout.layout(recording, new TimeWindow(0, 20 * MS), 1000, 600, options);
        assertEquals(300, scrolling.lanes().size(), "the app's view scrolls through every lane");
        assertFalse(scrolling.leftOut().any());

        TimelineFrame picture = TimelineLayout.layout(
                recording, new TimeWindow(0, 20 * MS), 1000, 600, options.withLeaveOutOverflow(true));
        TimelineFrame.LeftOut leftOut = picture.leftOut();
        int drawn = picture.lanes().size();
        assertTrue(drawn > 10 && drawn < 300, "lanes drawn: " + drawn);
        assertEquals(300 - drawn, leftOut.threads());
        assertEquals(
                String.format(java.util.Locale.ROOT, "… and %d more threads not drawn", 300 - drawn), leftOut.text());
        TimelineFrame.Lane last = picture.lanes().get(drawn - 1);
        assertEquals(last.y() + last.height(), leftOut.y(), 0.01, "the row follows the last lane");
        assertTrue(leftOut.y() + leftOut.height() <= picture.plotBottom(), "and fits above the legend");

        BufferedImage image = TimelineImage.draw(picture);
        assertEquals(600, image.getHeight());
        int textPixels = countOf(image, ChartPalette.LIGHT.text(), 0, (int) leftOut.y(), 400, (int) leftOut.height());
        assertTrue(textPixels > 100, "the row's text is drawn: " + textPixels + " pixels");
        assertEquals(
                "… and 1,234 more threads of 5 more processes not drawn",
                new TimelineFrame.LeftOut(1234, 5, 0, 28).text());
        assertEquals("… and 2 more processes not drawn", new TimelineFrame.LeftOut(0, 2, 0, 28).text());
    }

    private static int countOf(BufferedImage image, int argb, int x0, int y0, int w, int h) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (argb & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
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
        TimelineImage.writePng(
                TimelineImage.render(
                        recording,
                        TimelineImage.wholeRun(recording),
                        1200,
                        height,
                        TimelineOptions.defaults().withTitle("Python processes")),
                Files.createTempFile("tl", ".png"));
    }
}
