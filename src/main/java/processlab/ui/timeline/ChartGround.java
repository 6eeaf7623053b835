package processlab.ui.timeline;

import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import processlab.timeline.ChartPalette;

/**
 * Which {@link ChartPalette} a chart drawn on a canvas uses. A canvas cannot look up CSS colours, so the chart's
 * region takes a ground from its stylesheet ({@code -fx-background-color: -color-bg-default}), which follows the
 * theme and presentation mode's projector colours, and the chart draws in the palette that reads on it. A chart
 * whose stylesheet gives it no ground is drawn light.
 */
public final class ChartGround {

    private ChartGround() {}

    public static ChartPalette paletteOf(Region chart) {
        Background background = chart.getBackground();
        if (background == null
                || background.getFills().isEmpty()
                || !(background.getFills().get(0).getFill() instanceof Color ground)) {
            return ChartPalette.LIGHT;
        }
        return ChartPalette.forGround(argb(ground));
    }

    static int argb(Color color) {
        return 0xFF000000
                | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }

    /** An opaque palette colour as JavaFX paints it. */
    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
