package processlab.timeline;

/**
 * WCAG 2 relative luminance and contrast ratio of RGB colours (alpha is ignored). Text needs at least
 * {@link #TEXT_MINIMUM} against its ground to be read from the back of a classroom.
 */
public final class Contrast {

    /** WCAG's level AA for normal text. */
    public static final double TEXT_MINIMUM = 4.5;

    /**
     * The luminance at which black and white text read equally well (both about 4.6:1): below it a ground is
     * dark and wants light text.
     */
    private static final double MIDDLE = Math.sqrt(1.05 * 0.05) - 0.05;

    private Contrast() {}

    /** 0 for black, 1 for white. */
    public static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    /** From 1 (the same) to 21 (black on white), in either order. */
    public static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static boolean isDark(int rgb) {
        return luminance(rgb) < MIDDLE;
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
