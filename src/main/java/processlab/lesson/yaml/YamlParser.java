package processlab.lesson.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the YAML subset of lesson files: {@code key: value} maps, {@code - } block lists, one-line flow lists
 * {@code [a, "b, c"]}, plain/'single'/"double" quoted scalars, {@code |} literal blocks and {@code #} comments.
 * Anchors ({@code &a}) and aliases ({@code *a}) are errors wherever a value or key would start.
 * A plain value may continue on more-indented lines (joined with spaces), and only the first {@code ": "}
 * after a key splits, so {@code explain: The GIL: one thread at a time} is one value.
 *
 * <p>Every node carries its line in the original lesson file: the text handed in starts at {@code firstLine}.
 */
public final class YamlParser {

    /** Field names are slugs; a {@code - Text: more} list item with spaces before the colon stays text. */
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):(?: |$)");
    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):\\S.*");

    private final String[] raw;
    /** Per line: text after the indentation (rewritten for {@code - key: v} items), and its indentation. */
    private final String[] text;
    private final int[] indent;
    private final boolean[] tabIndent;
    private final int firstLine;
    private int pos;

    private YamlParser(String source, int firstLine) {
        // A final line break ends the last line; it does not start an empty one (which '|+' would keep).
        String[] lines = source.split("\n", -1);
        this.raw = source.endsWith("\n") ? Arrays.copyOf(lines, lines.length - 1) : lines;
        this.text = new String[raw.length];
        this.indent = new int[raw.length];
        this.tabIndent = new boolean[raw.length];
        this.firstLine = firstLine;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            int n = 0;
            while (n < raw[i].length() && (raw[i].charAt(n) == ' ' || raw[i].charAt(n) == '\t')) {
                tabIndent[i] |= raw[i].charAt(n) == '\t';
                n++;
            }
            indent[i] = n;
            text[i] = raw[i].substring(n).stripTrailing();
        }
    }

    /**
     * Parses a whole document.
     *
     * @param source    the YAML text (a front matter or a fenced block's body)
     * @param firstLine the 1-based line of the original file where {@code source} starts
     * @return the root node, or empty when the text holds nothing but blanks and comments
     */
    public static Optional<YamlNode> parse(String source, int firstLine) throws YamlException {
        return new YamlParser(source, firstLine).parseDocument();
    }

    private Optional<YamlNode> parseDocument() throws YamlException {
        int i = nextContent();
        if (i < 0) {
            return Optional.empty();
        }
        int rootIndent = indent[i];
        YamlNode root = parseBlock(rootIndent);
        int j = nextContent();
        if (j >= 0) {
            if (indent[j] != rootIndent) {
                throw unexpectedIndent(j);
            }
            if (root instanceof YamlMap) {
                throw new YamlException(lineNo(j), "a '- ' list item cannot follow 'key: value' lines here");
            }
            throw new YamlException(lineNo(j), "expected '- ' to continue the list, got '" + text[j] + "'");
        }
        return Optional.of(root);
    }

    private YamlNode parseBlock(int blockIndent) throws YamlException {
        return isListItem(text[pos]) ? parseList(blockIndent) : parseMap(blockIndent);
    }

    private YamlList parseList(int listIndent) throws YamlException {
        int startLine = lineNo(pos);
        List<YamlNode> items = new ArrayList<>();
        for (int i = nextContent(); i >= 0 && indent[i] >= listIndent && isListItem(text[i]); i = nextContent()) {
            if (indent[i] > listIndent) {
                throw unexpectedIndent(i);
            }
            items.add(parseListItem(i, listIndent));
        }
        int i = nextContent();
        if (i >= 0 && indent[i] > listIndent) {
            throw unexpectedIndent(i);
        }
        return new YamlList(items, startLine);
    }

    private YamlNode parseListItem(int i, int listIndent) throws YamlException {
        String afterDash = text[i].substring(1);
        String rest = afterDash.stripLeading();
        int restIndent = listIndent + 1 + (afterDash.length() - rest.length());
        if (isListItem(rest) || KEY.matcher(rest).lookingAt()) {
            // "- q: text" opens a map (or "- - x" a list) whose column is where its first key stands.
            text[i] = rest;
            indent[i] = restIndent;
            return parseBlock(restIndent);
        }
        pos = i + 1;
        return parseValue(rest, i, listIndent, false);
    }

    private YamlMap parseMap(int mapIndent) throws YamlException {
        int startLine = lineNo(pos);
        List<YamlMap.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = nextContent(); i >= 0 && indent[i] >= mapIndent && !isListItem(text[i]); i = nextContent()) {
            if (indent[i] > mapIndent) {
                throw unexpectedIndent(i);
            }
            Matcher key = KEY.matcher(text[i]);
            if (!key.lookingAt()) {
                throw notAnEntry(i);
            }
            String name = key.group(1);
            if (seen.containsKey(name)) {
                throw new YamlException(lineNo(i), "'" + name + "' appears twice (first at line " + seen.get(name)
                        + ")");
            }
            seen.put(name, lineNo(i));
            pos = i + 1;
            YamlNode value = parseValue(text[i].substring(key.end()).strip(), i, mapIndent, true);
            entries.add(new YamlMap.Entry(name, lineNo(i), value));
        }
        return new YamlMap(entries, startLine);
    }

    /** The value after {@code key:} or {@code - } on line {@code i}; {@link #pos} is already past that line. */
    private YamlNode parseValue(String rest, int i, int parentIndent, boolean mapValue) throws YamlException {
        int line = lineNo(i);
        if (rest.isEmpty() || rest.startsWith("#")) {
            int j = nextContent();
            if (j >= 0 && indent[j] > parentIndent) {
                return parseBlock(indent[j]);
            }
            if (mapValue && j >= 0 && indent[j] == parentIndent && isListItem(text[j])) {
                return parseList(parentIndent);
            }
            return new YamlScalar("", line, YamlScalar.Style.PLAIN);
        }
        switch (rest.charAt(0)) {
            case '|':
                return literal(rest, line, parentIndent);
            case '>':
                throw new YamlException(line, "folded text '>' is not supported; use '|' to keep the lines as written");
            case '[':
                return FlowScanner.flowList(rest, line);
            case '{':
                throw new YamlException(line, "'{...}' maps are not supported; write one 'key: value' per line");
            case '"':
            case '\'':
                return FlowScanner.quotedAlone(rest, line);
            case '&':
            case '*':
                throw FlowScanner.anchorOrAlias(rest, line);
            default:
                return plain(rest, line, parentIndent);
        }
    }

    private YamlScalar plain(String rest, int line, int parentIndent) throws YamlException {
        StringBuilder value = new StringBuilder(FlowScanner.stripComment(rest));
        // A long plain value may wrap onto more-indented lines; YAML joins them with single spaces.
        for (int j = pos; j < raw.length && !text[j].isEmpty() && !text[j].startsWith("#")
                && indent[j] > parentIndent; j++) {
            if (tabIndent[j]) {
                throw tabError(j);
            }
            if (KEY.matcher(text[j]).lookingAt() || isListItem(text[j])) {
                throw unexpectedIndent(j);
            }
            value.append(' ').append(FlowScanner.stripComment(text[j]));
            pos = j + 1;
        }
        return new YamlScalar(value.toString(), line, YamlScalar.Style.PLAIN);
    }

    private YamlScalar literal(String header, int line, int parentIndent) throws YamlException {
        String chomp = FlowScanner.stripComment(header.substring(1)).strip();
        if (!chomp.isEmpty() && !chomp.equals("-") && !chomp.equals("+")) {
            throw new YamlException(line, "after '|' only '-' or '+' may follow; the text starts on the next line");
        }
        int first = pos;
        while (first < raw.length && raw[first].isBlank()) {
            first++;
        }
        if (first == raw.length || leadingSpaces(raw[first]) <= parentIndent) {
            return new YamlScalar("", line, YamlScalar.Style.LITERAL);
        }
        // Only spaces indent a literal; a tab after them is content (Python code may use tabs).
        int blockIndent = leadingSpaces(raw[first]);
        List<String> lines = new ArrayList<>();
        int k = pos;
        for (; k < raw.length; k++) {
            if (raw[k].isBlank()) {
                lines.add(raw[k].length() > blockIndent ? raw[k].substring(blockIndent) : "");
            } else if (leadingSpaces(raw[k]) >= blockIndent) {
                lines.add(raw[k].substring(blockIndent));
            } else {
                break;
            }
        }
        pos = k;
        int end = lines.size();
        while (!chomp.equals("+") && end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        String body = String.join("\n", lines.subList(0, end));
        return new YamlScalar(chomp.equals("-") ? body : body + "\n", line, YamlScalar.Style.LITERAL);
    }

    /** Moves {@link #pos} to the next line with content (skipping blanks and comments); -1 at the end. */
    private int nextContent() throws YamlException {
        while (pos < raw.length && (text[pos].isEmpty() || text[pos].startsWith("#"))) {
            pos++;
        }
        if (pos == raw.length) {
            return -1;
        }
        if (tabIndent[pos]) {
            throw tabError(pos);
        }
        return pos;
    }

    private YamlException tabError(int i) {
        return new YamlException(lineNo(i), "a tab is used for indentation; indent with spaces");
    }

    private YamlException unexpectedIndent(int i) {
        return new YamlException(lineNo(i), "unexpected indentation at '" + text[i]
                + "' (line it up with the fields above; text over several lines needs '|')");
    }

    private YamlException notAnEntry(int i) {
        if (FlowScanner.isAnchorOrAlias(text[i].charAt(0))) {
            return FlowScanner.anchorOrAlias(text[i], lineNo(i));
        }
        Matcher noSpace = KEY_WITHOUT_SPACE.matcher(text[i]);
        if (noSpace.matches()) {
            return new YamlException(lineNo(i), "put a space after ':' in '" + text[i] + "'");
        }
        return new YamlException(lineNo(i), "expected 'field: value', got '" + text[i] + "'");
    }

    private static int leadingSpaces(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static boolean isListItem(String s) {
        return s.equals("-") || s.startsWith("- ");
    }

    private int lineNo(int i) {
        return firstLine + i;
    }
}
