package processlab.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import processlab.timeline.Surface;

/**
 * A {@link Surface} over a JavaFX canvas: the live timeline in the app.
 *
 * <p>It clips by itself, not with the canvas's clip: under software rendering a canvas clip is a mask blended
 * over the clipped area, and a frame has dozens of them (one per lane label). Rectangles and level or upright
 * lines (nearly all a timeline draws) are cut to the clip; text that does not fit its clip is shortened with
 * an ellipsis, and text outside it is left out.
 */
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
    private final ClipStack clips = new ClipStack();

    private final Map<String, String> shortened = new HashMap<>();

    FxSurface(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        if (w <= 0 || h <= 0) {
            return;
        }
        double x0 = x;
        double y0 = y;
        double x1 = x + w;
        double y1 = y + h;
        double[] clip = clips.current();
        if (clip != null) {
            x0 = Math.max(x0, clip[0]);
            y0 = Math.max(y0, clip[1]);
            x1 = Math.min(x1, clip[2]);
            y1 = Math.min(y1, clip[3]);
            if (x1 <= x0 || y1 <= y0) {
                return;
            }
        }
        g.setFill(color(argb));
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
    }

    /** The outline as four filled edges (square corners, as a stroke has), so the clip applies to it too. */
    @Override
    public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        double half = lineWidth / 2;
        fillRect(x - half, y - half, w + lineWidth, lineWidth, argb);
        fillRect(x - half, y + h - half, w + lineWidth, lineWidth, argb);
        fillRect(x - half, y + half, lineWidth, h - lineWidth, argb);
        fillRect(x + w - half, y + half, lineWidth, h - lineWidth, argb);
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
            fillRect(Math.min(x1, x2) - half, y1 - half, Math.abs(x2 - x1) + lineWidth, lineWidth, argb);
            return;
        }
        if (x1 == x2) {
            fillRect(x1 - half, Math.min(y1, y2) - half, lineWidth, Math.abs(y2 - y1) + lineWidth, argb);
            return;
        }
        double[] clip = clips.current();
        if (clip != null) {
            // A slanted line (the timeline draws none today) gets the canvas's own clip.
            g.save();
            g.beginPath();
            g.rect(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1]);
            g.clip();
        }
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeLine(x1, y1, x2, y2);
        if (clip != null) {
            g.restore();
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb) {
        if (clips.hidesText(x, y, size)) {
            return;
        }
        String shown = text;
        double[] clip = clips.current();
        if (clip != null) {
            shown = fitting(text, clip[2] - x, size, bold);
            if (shown.isEmpty()) {
                return;
            }
        }
        g.setFill(color(argb));
        g.setFont(font(size, bold));
        g.fillText(shown, x, y);
    }

    /**
     * {@code text}, or its longest start that fits {@code room} with an ellipsis after it (found by halving, each
     * candidate measured once and not kept); the answer is remembered per label and room, to 4 px.
     */
    private String fitting(String text, double room, double size, boolean bold) {
        if (textWidth(text, size, bold) <= room) {
            return text;
        }
        String key = (bold ? "b" : "n") + size + "|" + Math.round(room / 4) + "|" + text;
        String cut = shortened.get(key);
        if (cut == null) {
            if (shortened.size() > WIDTH_CACHE_LIMIT) {
                shortened.clear();
            }
            measurer.setFont(font(size, bold));
            int fits = 0;
            int tooLong = text.length();
            while (tooLong - fits > 1) {
                int middle = (fits + tooLong) / 2;
                measurer.setText(text.substring(0, middle) + "…");
                if (measurer.getLayoutBounds().getWidth() <= room) {
                    fits = middle;
                } else {
                    tooLong = middle;
                }
            }
            cut = fits == 0 ? "" : text.substring(0, fits) + "…";
            shortened.put(key, cut);
        }
        return cut;
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
        clips.push(x, y, w, h);
    }

    @Override
    public void unclip() {
        clips.pop();
    }

    /** Drops any clip left over, before a new frame is drawn. */
    void resetClips() {
        clips.clear();
    }

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 10) * 2 + (bold ? 1 : 0);
        if (key != lastFontKey) {
            lastFontKey = key;
            lastFont = fonts.computeIfAbsent(
                    key, k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
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
