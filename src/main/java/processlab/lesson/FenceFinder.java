package processlab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits a lesson body into prose and fenced blocks as the page's Markdown parser sees it: the fences are
 * commonmark's top-level fenced code blocks, found by their source lines. So a fence inside a list item, a quote or
 * an HTML comment stays part of the prose, exactly as the page draws it, and the CommonMark fence rules (length,
 * character, indentation, info string) are commonmark's own. A fence inside a list or quote whose info string asks
 * for a behaviour ({@code python run}, {@code demo}…) is an error: the page shows it as plain code, and a block
 * should not quietly stop running.
 */
final class FenceFinder {

    /**
     * The blocks as the page's renderer (processlab.ui.lesson.MarkdownRenderer) parses them, so both agree on where
     * fences are. Inline text is not parsed: blocks do not depend on it, and some text costs the square of its
     * length (200,000 '<' took 16 s).
     */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> {})
            .build();

    private static final List<String> BEHAVIOURS = List.of("demo", "quiz", "exercise");

    private FenceFinder() {}

    /**
     * @param lines     the body's lines
     * @param firstLine the 1-based file line of {@code lines.get(0)}
     */
    static List<BodySection> split(List<String> lines, int firstLine, Problems problems) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(MarkdownNesting.capMarkers(line, MarkdownNesting.MAX_LEVELS + 1))
                    .append('\n');
        }
        Node document = PARSER.parse(text.toString());
        reportNestedBehaviours(document, firstLine, problems);
        List<BodySection> sections = new ArrayList<>();
        int proseStart = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FencedCodeBlock fence) {
                List<SourceSpan> spans = fence.getSourceSpans();
                int opening = spans.get(0).getLineIndex();
                addProse(sections, lines.subList(proseStart, opening), firstLine + proseStart);
                int last = spans.get(spans.size() - 1).getLineIndex();
                boolean closed = fence.getClosingFenceLength() != null;
                List<String> body = lines.subList(opening + 1, closed ? last : lines.size());
                sections.add(new FencedSection(
                        firstLine + opening,
                        fenceText(fence),
                        writtenInfo(fence, lines.get(opening)),
                        unindent(body, fence.getFenceIndent()),
                        closed));
                proseStart = closed ? last + 1 : lines.size();
            }
        }
        addProse(sections, lines.subList(proseStart, lines.size()), firstLine + proseStart);
        return sections;
    }

    /** Walks the tree without recursion: lists and quotes may nest thousands deep (MarkdownNesting reports that). */
    private static void reportNestedBehaviours(Node document, int firstLine, Problems problems) {
        Node node = document.getFirstChild();
        while (node != null) {
            if (node instanceof FencedCodeBlock fence && node.getParent() != document) {
                int opening = fence.getSourceSpans().get(0).getLineIndex();
                // The info string as commonmark read it: the line also holds the list's or quote's markers.
                FencedSection nested = new FencedSection(
                        firstLine + opening, fenceText(fence), fence.getInfo().strip(), "", false);
                if (BEHAVIOURS.contains(nested.language()) || nested.words().contains("run")) {
                    problems.add(
                            nested.line(),
                            "the block '" + nested.fence() + nested.info() + "' is inside a list "
                                    + "or quote, where the page shows it as plain code; start its fence at the left margin");
                }
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
            } else {
                while (node != null && node.getNext() == null) {
                    node = node.getParent();
                }
                node = node == null ? null : node.getNext();
            }
        }
    }

    /** The info string as written: commonmark's getInfo() resolves backslash escapes and entities. */
    private static String writtenInfo(FencedCodeBlock fence, String openingLine) {
        return openingLine
                .substring(fence.getFenceIndent() + fence.getOpeningFenceLength())
                .strip();
    }

    private static String fenceText(FencedCodeBlock fence) {
        return fence.getFenceCharacter().repeat(fence.getOpeningFenceLength());
    }

    /** The block's lines as written, less the opening fence's indentation (as CommonMark removes it). */
    private static String unindent(List<String> lines, int spaces) {
        List<String> body = new ArrayList<>(lines.size());
        for (String line : lines) {
            int n = 0;
            while (n < spaces && n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            body.add(line.substring(n));
        }
        return String.join("\n", body);
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
}
