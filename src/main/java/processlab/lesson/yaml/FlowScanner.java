package processlab.lesson.yaml;

import java.util.ArrayList;
import java.util.List;

/** The one-line parts of the YAML subset: quoted scalars, flow lists, trailing comments. */
final class FlowScanner {

    private FlowScanner() {
    }

    /** Cuts a {@code # comment}: a {@code #} at the start or after a space (so {@code C#} stays). */
    static String stripComment(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return s.substring(0, i).strip();
            }
        }
        return s.strip();
    }

    /** A quoted scalar that must be the whole value (a comment may follow). */
    static YamlScalar quotedAlone(String s, int line) throws YamlException {
        StringBuilder out = new StringBuilder();
        int end = quoted(s, 0, out, line);
        if (!stripComment(s.substring(end)).isEmpty()) {
            throw new YamlException(line, "unexpected text after the closing quote: '" + s.substring(end).strip()
                    + "'");
        }
        YamlScalar.Style style = s.charAt(0) == '"' ? YamlScalar.Style.DOUBLE_QUOTED : YamlScalar.Style.SINGLE_QUOTED;
        return new YamlScalar(out.toString(), line, style);
    }

    /** {@code [a, "b, c", 'd']} on one line; items are scalars. */
    static YamlList flowList(String s, int line) throws YamlException {
        List<YamlNode> items = new ArrayList<>();
        int i = skipSpaces(s, 1);
        boolean expectItem = true;
        while (true) {
            if (i >= s.length()) {
                throw new YamlException(line, "the list opened with '[' is not closed with ']' on the same line");
            }
            char c = s.charAt(i);
            if (c == ']') {
                break;
            }
            if (!expectItem) {
                throw new YamlException(line, "expected ',' or ']' in the list, got '" + s.substring(i) + "'");
            }
            if (c == ',') {
                throw new YamlException(line, "empty item in the list '" + s + "'");
            }
            if (c == '[' || c == '{') {
                throw new YamlException(line, "lists or maps inside a '[...]' list are not supported");
            }
            if (isAnchorOrAlias(c)) {
                throw anchorOrAlias(s.substring(i), line);
            }
            if (c == '"' || c == '\'') {
                StringBuilder out = new StringBuilder();
                i = quoted(s, i, out, line);
                YamlScalar.Style style = c == '"' ? YamlScalar.Style.DOUBLE_QUOTED : YamlScalar.Style.SINGLE_QUOTED;
                items.add(new YamlScalar(out.toString(), line, style));
            } else {
                int start = i;
                while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ']') {
                    i++;
                }
                items.add(new YamlScalar(s.substring(start, i).strip(), line, YamlScalar.Style.PLAIN));
            }
            i = skipSpaces(s, i);
            expectItem = false;
            if (i < s.length() && s.charAt(i) == ',') {
                // A trailing comma before ']' is allowed, as in YAML.
                i = skipSpaces(s, i + 1);
                expectItem = true;
            }
        }
        if (!stripComment(s.substring(i + 1)).isEmpty()) {
            throw new YamlException(line, "unexpected text after ']': '" + s.substring(i + 1).strip() + "'");
        }
        return new YamlList(items, line);
    }

    /** {@code &} opens an anchor and {@code *} an alias where a YAML value starts; lessons use neither. */
    static boolean isAnchorOrAlias(char first) {
        return first == '&' || first == '*';
    }

    /**
     * The error for text starting with an anchor or alias. Taken as text it would read differently than in any
     * YAML tool (and the README says they are errors), so it is reported; quoting makes it text.
     */
    static YamlException anchorOrAlias(String text, int line) {
        int end = 1;
        while (end < text.length() && " \t,]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        char first = text.charAt(0);
        return new YamlException(line, "'" + text.substring(0, end) + "' is a YAML "
                + (first == '&' ? "anchor" : "alias") + ", which lessons do not use: write the value out (quote text "
                + "that starts with '" + first + "')");
    }

    /** Reads a quoted scalar starting at {@code start}; returns the index after the closing quote. */
    private static int quoted(String s, int start, StringBuilder out, int line) throws YamlException {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quote == '\'' && c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (quote == '"' && c == '"') {
                return i + 1;
            }
            if (quote == '"' && c == '\\') {
                i = escape(s, i, out, line);
                continue;
            }
            out.append(c);
            i++;
        }
        throw new YamlException(line, "text opened with " + quote + " is not closed on the same line");
    }

    private static int escape(String s, int backslash, StringBuilder out, int line) throws YamlException {
        if (backslash + 1 >= s.length()) {
            throw new YamlException(line, "text opened with \" is not closed on the same line");
        }
        char e = s.charAt(backslash + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '0' -> out.append('\0');
            case '"', '\\', '/', ' ' -> out.append(e);
            case 'u' -> {
                boolean fourHexDigits = backslash + 6 <= s.length()
                        && s.substring(backslash + 2, backslash + 6).matches("[0-9A-Fa-f]{4}");
                if (!fourHexDigits) {
                    throw new YamlException(line, "'\\u' must be followed by 4 hex digits");
                }
                out.append((char) Integer.parseInt(s.substring(backslash + 2, backslash + 6), 16));
                return backslash + 6;
            }
            default -> throw new YamlException(line, "unknown escape '\\" + e + "' in double-quoted text "
                    + "(write '\\\\' for a backslash, or use single quotes)");
        }
        return backslash + 2;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
