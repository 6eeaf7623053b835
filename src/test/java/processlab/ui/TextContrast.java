package processlab.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import processlab.timeline.Contrast;

/**
 * Measures how well text reads in a picture of the UI, as a student would see it: within the text's box, the
 * ground is the commonest colour and the ink the pixel that stands out most from it (the middle of a glyph's
 * stem, where anti-aliasing leaves the text colour itself). Their WCAG contrast ratio is the answer.
 */
public final class TextContrast {

    private TextContrast() {}

    /** The contrast of the text inside {@code area}, in the image's pixels. */
    public static double of(WritableImage image, Bounds area) {
        PixelReader pixels = image.getPixelReader();
        int x0 = (int) Math.max(0, Math.floor(area.getMinX()));
        int y0 = (int) Math.max(0, Math.floor(area.getMinY()));
        int x1 = (int) Math.min(image.getWidth(), Math.ceil(area.getMaxX()));
        int y1 = (int) Math.min(image.getHeight(), Math.ceil(area.getMaxY()));
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("nothing of " + area + " is in the picture");
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(pixels.getArgb(x, y) | 0xFF000000, 1, Integer::sum);
            }
        }
        int ground = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        double best = 1;
        for (int argb : counts.keySet()) {
            best = Math.max(best, Contrast.ratio(ground, argb));
        }
        return best;
    }

    /**
     * Where {@code node}'s box lies in a snapshot of {@code pictured} (taken with default parameters). A text's box
     * is cut to its words: a wrapping text's box is as wide as it may wrap to, and may reach a scroll bar.
     */
    public static Bounds in(Node pictured, Node node) {
        Bounds box = node.getLayoutBounds();
        if (node instanceof Text text) {
            Text words = new Text(text.getText().strip());
            words.setFont(text.getFont());
            box = new BoundingBox(
                    box.getMinX(),
                    box.getMinY(),
                    Math.min(box.getWidth(), words.getLayoutBounds().getWidth()),
                    box.getHeight());
        }
        return in(pictured, node, box);
    }

    /** Where a part of {@code node} ({@code local}, in its own coordinates) lies in a snapshot of {@code pictured}. */
    public static Bounds in(Node pictured, Node node, Bounds local) {
        Bounds there = pictured.sceneToLocal(node.localToScene(local));
        Bounds origin = pictured.getBoundsInLocal();
        return new BoundingBox(
                there.getMinX() - origin.getMinX(),
                there.getMinY() - origin.getMinY(),
                there.getWidth(),
                there.getHeight());
    }
}
