package processlab.ui.common;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;

/**
 * A canvas that stays sharp when an ancestor scales it (presentation mode's zoom). A canvas is rasterised at
 * its own size and the picture is then scaled with the node, so at zoom 2 every letter was a blurred 2x
 * enlargement. This one holds as many pixels as it covers on screen: its backing store is the layout size times
 * the scale it is seen at, drawing goes through a matching {@code gc.scale}, and the node is scaled back by the
 * inverse, so callers keep drawing in layout pixels. The screen's own output scale (HiDPI) is left to JavaFX,
 * which already renders a canvas at it.
 */
public final class SharpCanvas extends Canvas {

    private static final double MIN_SCALE = 0.25;
    private static final double MAX_SCALE = 4;

    private final Scale back = new Scale(1, 1, 0, 0);
    private double scale = 1;
    private double layoutWidth;
    private double layoutHeight;

    public SharpCanvas() {
        getTransforms().add(back);
    }

    /** How much {@code node}'s layout pixels are enlarged on the way to the scene (1 unless zoomed). */
    public static double sceneScale(Node node) {
        Transform toScene = node.getLocalToSceneTransform();
        double scale = Math.hypot(toScene.getMxx(), toScene.getMyx());
        return Double.isFinite(scale) && scale > 0 ? Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale)) : 1;
    }

    /**
     * Sizes the canvas to cover {@code width} x {@code height} layout pixels seen at {@code sceneScale}; returns
     * whether anything changed (the picture is then gone and must be drawn again).
     */
    public boolean fit(double width, double height, double sceneScale) {
        if (width == layoutWidth && height == layoutHeight && sceneScale == scale) {
            return false;
        }
        layoutWidth = width;
        layoutHeight = height;
        scale = sceneScale;
        setWidth(Math.ceil(width * sceneScale));
        setHeight(Math.ceil(height * sceneScale));
        back.setX(1 / sceneScale);
        back.setY(1 / sceneScale);
        return true;
    }

    /** The graphics context, set to draw in layout pixels. */
    public GraphicsContext context() {
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        return g;
    }

    /** The scale the backing store was last sized for: its pixels per layout pixel. */
    public double pixelScale() {
        return scale;
    }
}
