package processlab.timeline;

/**
 * The colours of the timeline and the core meters besides the cores', as opaque ARGB: one palette for a light
 * ground and one for a dark one, each with text of at least 4.5:1 on every ground it is drawn on (held by
 * ChartPaletteTest). Images for slides ({@code render}, Export PNG) are always drawn {@link #LIGHT}.
 *
 * @param ground     the chart's background, the time axis and the legend
 * @param gutter     behind the lane names
 * @param header     the row naming a process; also the meters' bar track
 * @param headerLine the line above a process row; also the frame of a meter's sparkline
 */
public record ChartPalette(
        int ground,
        int gutter,
        int header,
        int headerLine,
        int laneLine,
        int text,
        int textSoft,
        int grid,
        int waiting,
        int taskFill,
        int taskEdge,
        int exitOk,
        int exitFailed,
        int start,
        int blackCore) {

    /** Dark text on light ground, as projectors show best. */
    public static final ChartPalette LIGHT = new ChartPalette(
            0xFFFFFFFF,
            0xFFF2F3F5,
            0xFFE3E6EB,
            0xFFB8BEC6,
            0xFFEEEEEE,
            0xFF111111,
            0xFF444444,
            0xFFDADDE2,
            0xFF6B6B6B,
            0xFFE9EEF5,
            0xFF2B3A4A,
            0xFF1B5E20,
            0xFFB71C1C,
            0xFF37474F,
            0xFF000000);

    /** Light text on AtlantaFX Primer Dark's grounds; the black core colour becomes a light grey. */
    public static final ChartPalette DARK = new ChartPalette(
            0xFF0D1117,
            0xFF161B22,
            0xFF21262D,
            0xFF30363D,
            0xFF1C2128,
            0xFFE6EDF3,
            0xFF9DA7B3,
            0xFF21262D,
            0xFF8B949E,
            0xFF1C2B3D,
            0xFFA5D6FF,
            0xFF3FB950,
            0xFFFF7B72,
            0xFF8B949E,
            0xFFC9D1D9);

    /** The palette whose text reads on {@code groundArgb}. */
    public static ChartPalette forGround(int groundArgb) {
        return Contrast.isDark(groundArgb) ? DARK : LIGHT;
    }

    /**
     * A core's colour as this palette shows it. Layouts colour cores with {@link CorePalette}, whose last colour
     * is black: on a dark ground it would vanish, so it is swapped here, when drawn.
     */
    public int core(int argb) {
        return (argb & 0xFFFFFF) == 0 ? blackCore : argb;
    }
}
