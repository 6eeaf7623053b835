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

    private final GraphicsContext g;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<Integer, Color> colors = new HashMap<>();
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

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, int argb) {
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
        return fonts.computeIfAbsent(key, k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF,
                ((c >>> 24) & 0xFF) / 255.0));
    }
}
