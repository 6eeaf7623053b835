package processlab.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import processlab.ui.timeline.model.Surface;

/** A {@link Surface} over a JavaFX canvas: the live timeline in the app. */
final class FxSurface implements Surface {

    /** Measuring text builds a node, so widths are remembered; the same labels come back every frame. */
    private static final int WIDTH_CACHE_LIMIT = 4_000;
    /** Colours by ARGB in a direct-mapped table: a frame asks thousands of times, and must not box a key each. */
    private static final int COLOR_BITS = 12;
    private static final int COLOR_SLOTS = 1 << COLOR_BITS;

    private final GraphicsContext g;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();

    private final int[] colorKeys = new int[COLOR_SLOTS];
    private final Color[] colorValues = new Color[COLOR_SLOTS];
    private long lastFontKey = -1;
    private Font lastFont;
    private final Text measurer = new Text();

    FxSurface(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setFill(color(argb));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeRect(x, y, w, h);
    }

    /**
     * Level and upright lines, nearly all of a timeline's (waits, grid, marks), are filled as the rectangle the
     * stroke would cover (JavaFX's default square caps included): a stroke goes through the path rasteriser,
     * a rectangle does not, and a frame holds a thousand of them.
     */
    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, int argb) {
        double half = lineWidth / 2;
        if (y1 == y2) {
            g.setFill(color(argb));
            g.fillRect(Math.min(x1, x2) - half, y1 - half, Math.abs(x2 - x1) + lineWidth, lineWidth);
            return;
        }
        if (x1 == x2) {
            g.setFill(color(argb));
            g.fillRect(x1 - half, Math.min(y1, y2) - half, lineWidth, Math.abs(y2 - y1) + lineWidth);
            return;
        }
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb) {
        g.setFill(color(argb));
        g.setFont(font(size, bold));
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        String key = (bold ? "b" : "n") + size + "|" + text;
        Double width = widths.get(key);
        if (width == null) {
            if (widths.size() > WIDTH_CACHE_LIMIT) {
                widths.clear();
            }
            measurer.setFont(font(size, bold));
            measurer.setText(text);
            width = measurer.getLayoutBounds().getWidth();
            widths.put(key, width);
        }
        return width;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 10) * 2 + (bold ? 1 : 0);
        if (key != lastFontKey) {
            lastFontKey = key;
            lastFont = fonts.computeIfAbsent(key,
                    k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        }
        return lastFont;
    }

    private Color color(int argb) {
        // The top bits of the product depend on every bit of the key, alpha included (blocks vary in alpha).
        int slot = (argb * 0x9E3779B1) >>> (Integer.SIZE - COLOR_BITS);
        Color color = colorValues[slot];
        if (color == null || colorKeys[slot] != argb) {
            color = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
            colorKeys[slot] = argb;
            colorValues[slot] = color;
        }
        return color;
    }
}
