package processlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a lesson body into prose and fenced blocks by the CommonMark fence rules: a fence is three or more
 * backticks or tildes, indented by at most three spaces; a backtick fence's info string has no backtick; the
 * closing fence uses the same character, is at least as long, and carries nothing but spaces after it. The
 * opening fence's indentation is removed from the block's lines, as CommonMark does.
 */
final class FenceSplitter {

    private static final Pattern OPENING = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");

    private FenceSplitter() {
    }

    /**
     * @param lines     the body's lines
     * @param firstLine the 1-based file line of {@code lines.get(0)}
     */
    static List<BodySection> split(List<String> lines, int firstLine) {
        List<BodySection> sections = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        int proseStart = 0;
        int i = 0;
        while (i < lines.size()) {
            Matcher open = OPENING.matcher(lines.get(i));
            if (!open.matches() || (open.group(2).charAt(0) == '`' && open.group(3).contains("`"))) {
                if (prose.isEmpty()) {
                    proseStart = i;
                }
                prose.add(lines.get(i));
                i++;
                continue;
            }
            addProse(sections, prose, firstLine + proseStart);
            prose.clear();
            String fence = open.group(2);
            int fenceIndent = open.group(1).length();
            Pattern closing = Pattern.compile("^ {0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length()
                    + ",}[ \\t]*$");
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && !closing.matcher(lines.get(j)).matches()) {
                body.add(unindent(lines.get(j), fenceIndent));
                j++;
            }
            boolean closed = j < lines.size();
            sections.add(new FencedSection(firstLine + i, fence, open.group(3).strip(), String.join("\n", body),
                    closed));
            i = closed ? j + 1 : j;
        }
        addProse(sections, prose, firstLine + proseStart);
        return sections;
    }

    /** Adds prose without its leading and trailing blank lines; blank-only prose adds nothing. */
    private static void addProse(List<BodySection> sections, List<String> prose, int startLine) {
        int from = 0;
        int to = prose.size();
        while (from < to && prose.get(from).isBlank()) {
            from++;
        }
        while (to > from && prose.get(to - 1).isBlank()) {
            to--;
        }
        if (from < to) {
            sections.add(new BodySection.Prose(startLine + from, String.join("\n", prose.subList(from, to))));
        }
    }

    private static String unindent(String line, int spaces) {
        int n = 0;
        while (n < spaces && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(n);
    }
}
