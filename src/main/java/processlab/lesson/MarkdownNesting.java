package processlab.lesson;

/**
 * How deeply a prose block nests lists and quotes, read from its lines: each "- ", "* ", "+ ", "1. " or "> " at the
 * start of a line (after the indentation) opens one level, and every two spaces of indentation count as one.
 * Lists and quotes hundreds of levels deep overflowed the stack of the page's renderer (a lesson open at start-up
 * then crashed every start), so such a block is an error of its file, with its line, instead.
 */
final class MarkdownNesting {

    /** More levels than any lesson needs, and far fewer than the renderer's stack holds. */
    static final int MAX_LEVELS = 40;

    /** The deepest line of a block: its index within the block and its nesting. */
    record Deepest(int lineIndex, int levels) {}

    private MarkdownNesting() {}

    static Deepest deepest(String text) {
        String[] lines = text.split("\n", -1);
        Deepest deepest = new Deepest(0, 0);
        for (int i = 0; i < lines.length; i++) {
            int levels = levels(lines[i]);
            if (levels > deepest.levels()) {
                deepest = new Deepest(i, levels);
            }
        }
        return deepest;
    }

    static int levels(String line) {
        int i = 0;
        int indent = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            indent += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        int markers = 0;
        while (i < line.length()) {
            int next = marker(line, i);
            if (next < 0) {
                break;
            }
            markers++;
            i = next;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return indent / 2 + markers;
    }

    /**
     * The line with the list and quote markers at its start cut to {@code max}, what follows them kept. Markdown
     * parsers slow down with the square of the markers on one line (200,000 took commonmark 12 s); a line with more
     * than {@link #MAX_LEVELS} is an error anyway, and cutting its markers changes no fence around it.
     */
    static String capMarkers(String line, int max) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int markers = 0;
        int cut = -1;
        while (i < line.length()) {
            int next = marker(line, i);
            if (next < 0) {
                break;
            }
            if (++markers == max + 1) {
                cut = i;
            }
            i = next;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return cut < 0 ? line : line.substring(0, cut) + line.substring(i);
    }

    /** The index after a list or quote marker starting at {@code i}, or -1 when there is none there. */
    private static int marker(String line, int i) {
        char c = line.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
            return i + 2;
        }
        int j = i;
        while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
            j++;
        }
        if (j > i
                && j + 1 < line.length()
                && (line.charAt(j) == '.' || line.charAt(j) == ')')
                && line.charAt(j + 1) == ' ') {
            return j + 2;
        }
        return -1;
    }
}
