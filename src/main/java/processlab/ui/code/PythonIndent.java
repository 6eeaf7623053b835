package processlab.ui.code;

import java.util.Optional;

/**
 * Python's indentation, as the editor's Enter, Tab, Shift+Tab and Backspace apply it, worked out on plain text (no
 * JavaFX: tested on strings). Each rule takes the text and the selection ({@code start <= end}; equal when there is
 * none) and says what to replace and where the selection goes. Indents are {@value #WIDTH} spaces, as PEP 8 asks.
 */
public final class PythonIndent {

    public static final int WIDTH = 4;
    private static final String LEVEL = " ".repeat(WIDTH);

    /** Replace {@code text[start, end)} with {@code replacement}, then select from {@code anchor} to {@code caret}. */
    public record Edit(int start, int end, String replacement, int anchor, int caret) {

        public String applyTo(String text) {
            return text.substring(0, start) + replacement + text.substring(end);
        }
    }

    private PythonIndent() {}

    /**
     * Enter: a new line indented as the current one, one level more after a line that ends in {@code :} (a
     * comment after it aside) when {@code colonOpensBlock} (Python, not Java). Spaces right after the caret go:
     * the text moved down starts at the new indent.
     */
    public static Edit newline(String text, int start, int end, boolean colonOpensBlock) {
        int lineStart = lineStart(text, start);
        String before = text.substring(lineStart, start);
        String indent = before.substring(0, leadingWhitespace(before));
        if (colonOpensBlock && withoutComment(before).stripTrailing().endsWith(":")) {
            indent += LEVEL;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        int caret = start + 1 + indent.length();
        return new Edit(start, after, "\n" + indent, caret, caret);
    }

    /**
     * Tab: spaces up to the next multiple of {@value #WIDTH} columns, in place of the selection; a selection over
     * several lines instead indents each of them (empty lines stay empty) and ends up selecting them whole.
     */
    public static Edit indent(String text, int start, int end) {
        if (!spansLines(text, start, end)) {
            int column = start - lineStart(text, start);
            String spaces = " ".repeat(WIDTH - column % WIDTH);
            return new Edit(start, end, spaces, start + spaces.length(), start + spaces.length());
        }
        Lines lines = Lines.of(text, start, end);
        StringBuilder indented = new StringBuilder();
        for (String line : lines.text().split("\n", -1)) {
            indented.append(line.isEmpty() ? "" : LEVEL).append(line).append('\n');
        }
        return lines.replacedBy(indented.substring(0, indented.length() - 1));
    }

    /**
     * Shift+Tab: up to {@value #WIDTH} leading spaces (or one tab) off the caret's line, or off every line of the
     * selection. Empty when there is nothing to take off.
     */
    public static Optional<Edit> dedent(String text, int start, int end) {
        Lines lines = Lines.of(text, start, end);
        StringBuilder dedented = new StringBuilder();
        for (String line : lines.text().split("\n", -1)) {
            dedented.append(line.substring(removable(line))).append('\n');
        }
        String replacement = dedented.substring(0, dedented.length() - 1);
        if (replacement.equals(lines.text())) {
            return Optional.empty();
        }
        if (spansLines(text, start, end)) {
            return Optional.of(lines.replacedBy(replacement));
        }
        // One line: the caret, and a selection on it, move left with the text, but not past the line's start.
        int removed = lines.text().length() - replacement.length();
        int anchor = start - Math.min(removed, start - lines.start());
        int caret = end - Math.min(removed, end - lines.start());
        return Optional.of(new Edit(lines.start(), lines.end(), replacement, anchor, caret));
    }

    /**
     * Backspace with no selection, when only spaces stand before the caret on its line: back to the previous
     * multiple of {@value #WIDTH} columns, a whole level at once. Empty otherwise (an ordinary Backspace).
     */
    public static Optional<Edit> backspace(String text, int caret) {
        int lineStart = lineStart(text, caret);
        int column = caret - lineStart;
        if (column == 0 || leadingSpaces(text.substring(lineStart, caret)) != column) {
            return Optional.empty();
        }
        int to = lineStart + (column - 1) / WIDTH * WIDTH;
        return Optional.of(new Edit(to, caret, "", to, to));
    }

    /** Whole lines touched by a selection; a selection ending at a line's very start leaves that line out. */
    private record Lines(String all, int start, int end) {

        static Lines of(String text, int selectionStart, int selectionEnd) {
            int last = selectionEnd > selectionStart && selectionEnd == lineStart(text, selectionEnd)
                    ? selectionEnd - 1
                    : selectionEnd;
            int lineEnd = text.indexOf('\n', last);
            return new Lines(text, lineStart(text, selectionStart), lineEnd < 0 ? text.length() : lineEnd);
        }

        String text() {
            return all.substring(start, end);
        }

        Edit replacedBy(String replacement) {
            return new Edit(start, end, replacement, start, start + replacement.length());
        }
    }

    private static boolean spansLines(String text, int start, int end) {
        return text.substring(start, end).indexOf('\n') >= 0;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** What Shift+Tab takes off a line: one tab, or up to a level of spaces. */
    private static int removable(String line) {
        return line.startsWith("\t") ? 1 : Math.min(leadingSpaces(line), WIDTH);
    }

    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The line up to a {@code #} comment; a {@code #} inside a string literal is not one. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
