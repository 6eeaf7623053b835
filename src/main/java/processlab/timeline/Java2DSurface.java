package processlab.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link Surface} over Java2D, for drawing a timeline into an image with no display and no JavaFX. */
public final class Java2DSurface implements Surface {

    private final Graphics2D g;
    private final Map<Long, Font> fonts = new HashMap<>();
    /** Clips nest: each {@link #unclip()} restores the clip before the matching {@link #clip}. May hold null. */
    private final List<Shape> clips = new ArrayList<>();

    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        g.setColor(new Color(argb, true));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, int argb) {
        g.setColor(new Color(argb, true));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb) {
        g.setColor(new Color(argb, true));
        g.setFont(font(size, bold));
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).getStringBounds(text, g).getWidth();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clips.add(g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(clips.remove(clips.size() - 1));
    }

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 10) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(
                key, k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
    }
}
