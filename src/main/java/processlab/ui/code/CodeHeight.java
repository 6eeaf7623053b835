package processlab.ui.code;

/**
 * How tall a code block stands on the page, the same rule for the preview and the editor so that neither grows
 * nor shrinks when one replaces the other: its lines, at least a few to type into and at most a limit, then room
 * for the horizontal scroll bar.
 */
final class CodeHeight {

    static final int MIN_LINES = 3;
    /** Lesson code reads whole, without a scroll bar of its own (the longest block has 45 lines); more scrolls. */
    static final int MAX_LINES = 60;
    /** Below the last line, for the scroll bar a too-long line brings, so the bar never covers that line. */
    static final double SCROLL_BAR_ROOM = 16;

    private CodeHeight() {}

    static double of(int lines, double lineHeight) {
        return Math.min(Math.max(lines, MIN_LINES), MAX_LINES) * lineHeight + SCROLL_BAR_ROOM;
    }
}
