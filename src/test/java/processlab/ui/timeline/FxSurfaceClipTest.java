package processlab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The surface's own clipping: nothing it draws inside a clip lands outside it, as with the canvas's clip. */
@ExtendWith(ApplicationExtension.class)
class FxSurfaceClipTest {

    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLUE = 0xFF0000FF;

    @Start
    void start(Stage stage) {
        // No window needed: the canvas is drawn and read back on its own.
    }

    @Test
    void rectanglesOutlinesAndTextStayInsideTheClip() throws Exception {
        PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> {
                    Canvas canvas = new Canvas(200, 100);
                    FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
                    surface.fillRect(0, 0, 200, 100, WHITE);
                    surface.clip(50, 20, 100, 60);
                    surface.fillRect(0, 0, 200, 100, BLUE); // the whole canvas, cut to the clip
                    surface.strokeRect(40, 10, 120, 80, 4, 0xFF00FF00); // an outline around the clip: all outside
                    surface.line(0, 50, 200, 50, 2, 0xFFFF0000); // a level line across everything
                    surface.text(
                            "a label much too long for the hundred pixels it is given", 55, 45, 14, false, 0xFF000000);
                    surface.unclip();
                    return canvas.snapshot(null, new WritableImage(200, 100)).getPixelReader();
                })
                .get();
        assertEquals(WHITE, pixels.getArgb(10, 50), "left of the clip");
        assertEquals(WHITE, pixels.getArgb(190, 50), "right of the clip, where the line would go");
        assertEquals(WHITE, pixels.getArgb(100, 10), "above the clip, on the outline's top edge");
        for (int x = 151; x < 200; x++) {
            for (int y = 34; y < 47; y++) {
                assertEquals(WHITE, pixels.getArgb(x, y), "right of the clip, where the long label would go");
            }
        }
        assertEquals(WHITE, pixels.getArgb(100, 95), "below the clip");
        assertEquals(BLUE, pixels.getArgb(140, 70), "inside the clip");
        assertEquals(0xFFFF0000, pixels.getArgb(140, 50), "the line inside the clip");
        int textPixels = 0;
        for (int x = 55; x < 150; x++) {
            for (int y = 32; y < 48; y++) {
                if (pixels.getArgb(x, y) != BLUE && pixels.getArgb(x, y) != 0xFFFF0000) {
                    textPixels++;
                }
            }
        }
        assertNotEquals(0, textPixels, "the shortened label is drawn inside the clip");
    }
}
