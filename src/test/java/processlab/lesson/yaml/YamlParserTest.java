package processlab.lesson.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The YAML subset, with every node's line offset by where the text starts in the lesson file. */
class YamlParserTest {

    private static final String REASON = "(line it up with the fields above; text over several lines needs '|')";

    @Test
    void mapWithLinesOffsetByTheFirstLine() throws YamlException {
        YamlMap map = map("a: 1\n\n# comment\nb: two words # trailing comment\n", 10);

        assertEquals(10, map.line());
        assertEquals(List.of("a", "b"), map.entries().stream().map(YamlMap.Entry::key).toList());
        assertEquals(List.of(10, 13), map.entries().stream().map(YamlMap.Entry::line).toList());
        assertEquals("two words", scalar(map, "b").value());
        assertEquals(13, scalar(map, "b").line());
    }

    @Test
    void onlyTheFirstColonSpaceSplits() throws YamlException {
        YamlMap map = map("explain: The GIL: one thread at a time\nurl: http://example.org/x", 1);

        assertEquals("The GIL: one thread at a time", scalar(map, "explain").value());
        assertEquals("http://example.org/x", scalar(map, "url").value());
    }

    @Test
    void hashInsideAWordIsNotAComment() throws YamlException {
        assertEquals("C# and F#", scalar(map("langs: C# and F#", 1), "langs").value());
    }

    @Test
    void plainTextMayWrapOntoIndentedLines() throws YamlException {
        YamlMap map = map("a: first\n  second\n   third\nb: x", 1);

        assertEquals("first second third", scalar(map, "a").value());
        assertEquals(4, map.entry("b").orElseThrow().line());
    }

    @Test
    void quotedScalars() throws YamlException {
        YamlMap map = map("a: \"x: \\\"y\\\"\\n\\u00e9\"\nb: 'it''s # not a comment'\nc: \"\" # empty", 1);

        assertEquals("x: \"y\"\n\u00e9", scalar(map, "a").value());
        assertEquals(YamlScalar.Style.DOUBLE_QUOTED, scalar(map, "a").style());
        assertEquals("it's # not a comment", scalar(map, "b").value());
        assertEquals("", scalar(map, "c").value());
    }

    @Test
    void flowListsWithQuotedCommas() throws YamlException {
        YamlList list = assertInstanceOf(YamlList.class, map("l: [a, \"b, c\", 'd', e f,]  # done", 3)
                .entry("l").orElseThrow().value());

        assertEquals(List.of("a", "b, c", "d", "e f"), values(list));
        assertEquals(3, list.items().get(1).line());
    }

    @Test
    void emptyFlowList() throws YamlException {
        assertEquals(List.of(), values(assertInstanceOf(YamlList.class, map("l: []", 1).entry("l").orElseThrow()
                .value())));
    }

    @Test
    void blockListsIndentedOrNotAndTheirLines() throws YamlException {
        YamlMap map = map("a:\n  - one\n  - two\nb:\n- three\nc: 4", 20);

        YamlList a = assertInstanceOf(YamlList.class, map.entry("a").orElseThrow().value());
        assertEquals(List.of("one", "two"), values(a));
        assertEquals(List.of(21, 22), a.items().stream().map(YamlNode::line).toList());
        YamlList b = assertInstanceOf(YamlList.class, map.entry("b").orElseThrow().value());
        assertEquals(List.of("three"), values(b));
        assertEquals("4", scalar(map, "c").value());
    }

    @Test
    void listOfMaps() throws YamlException {
        YamlList list = assertInstanceOf(YamlList.class, YamlParser.parse(
                "- q: one\n  answer: 1\n-   q: two\n    answer: 2\n", 5).orElseThrow());

        YamlMap first = assertInstanceOf(YamlMap.class, list.items().get(0));
        YamlMap second = assertInstanceOf(YamlMap.class, list.items().get(1));
        assertEquals(5, first.line());
        assertEquals(6, first.entry("answer").orElseThrow().line());
        assertEquals(7, second.line());
        assertEquals("2", scalar(second, "answer").value());
    }

    @Test
    void listItemWithColonInsideTextStaysText() throws YamlException {
        YamlList list = assertInstanceOf(YamlList.class,
                YamlParser.parse("- The ratio: 2 to 1\n- plain", 1).orElseThrow());

        assertEquals(List.of("The ratio: 2 to 1", "plain"), values(list));
    }

    @Test
    void literalBlocksKeepLinesAndChomp() throws YamlException {
        YamlMap map = map("code: |\n  def f():\n\n      return 1\n\n\nclip: |-\n  no newline\nkeep: |+\n  kept\n\n"
                + "after: x", 1);

        assertEquals("def f():\n\n    return 1\n", scalar(map, "code").value());
        assertEquals(1, scalar(map, "code").line());
        assertEquals("no newline", scalar(map, "clip").value());
        assertEquals("kept\n\n", scalar(map, "keep").value());
        assertEquals(12, map.entry("after").orElseThrow().line());
    }

    @Test
    void keptLiteralAtTheEndDoesNotGainALine() throws YamlException {
        assertEquals("kept\n\n", scalar(map("keep: |+\n  kept\n\n", 1), "keep").value());
    }

    @Test
    void literalMayHoldTabsAfterItsIndentation() throws YamlException {
        assertEquals("def f():\n\treturn 1\n", scalar(map("code: |\n  def f():\n  \treturn 1\nnext: x", 1), "code")
                .value());
    }

    @Test
    void literalMayHoldCommentLikeLines() throws YamlException {
        assertEquals("# a Python comment\nx = 1\n", scalar(map("code: |\n    # a Python comment\n    x = 1\n", 1),
                "code").value());
    }

    @Test
    void emptyValueAndEmptyDocument() throws YamlException {
        assertTrue(scalar(map("a:\nb: 1", 1), "a").isEmpty());
        assertTrue(YamlParser.parse("\n  # only a comment\n\n", 1).isEmpty());
    }

    @Test
    void errorsCarryTheFileLine() {
        assertError("a: 1\nb: [x, y\n", 30, 31, "the list opened with '[' is not closed with ']' on the same line");
        assertError("a: 'open\n", 7, 7, "text opened with ' is not closed on the same line");
        assertError("a: \"bad \\q\"", 2, 2,
                "unknown escape '\\q' in double-quoted text (write '\\\\' for a backslash, or use single quotes)");
        assertError("a: [x, , y]", 1, 1, "empty item in the list '[x, , y]'");
        assertError("a: [x, [y]]", 1, 1, "lists or maps inside a '[...]' list are not supported");
        assertError("a: [x] y", 1, 1, "unexpected text after ']': 'y'");
        assertError("a: \"x\" y", 1, 1, "unexpected text after the closing quote: 'y'");
        assertError("a: {x: 1}", 1, 1, "'{...}' maps are not supported; write one 'key: value' per line");
        assertError("a: |x\n  y", 1, 1, "after '|' only '-' or '+' may follow; the text starts on the next line");
        assertError("a: 1\n- b", 4, 5, "a '- ' list item cannot follow 'key: value' lines here");
        assertError("- a\nb: 1", 4, 5, "expected '- ' to continue the list, got 'b: 1'");
        assertError("a: 1\n\tb: 2", 1, 2, "a tab is used for indentation; indent with spaces");
        assertError("a:\n    b: 1\n  c: 2", 1, 3,
                "unexpected indentation at 'c: 2' " + REASON);
        assertError("a: text\n  b: 2", 1, 2,
                "unexpected indentation at 'b: 2' " + REASON);
        assertError("The GIL: x", 1, 1, "expected 'field: value', got 'The GIL: x'");
    }

    private static void assertError(String yaml, int firstLine, int line, String message) {
        YamlException e = assertThrows(YamlException.class, () -> YamlParser.parse(yaml, firstLine), yaml);
        assertEquals(message, e.getMessage(), yaml);
        assertEquals(line, e.line(), yaml);
    }

    private static YamlMap map(String yaml, int firstLine) throws YamlException {
        return assertInstanceOf(YamlMap.class, YamlParser.parse(yaml, firstLine).orElseThrow());
    }

    private static YamlScalar scalar(YamlMap map, String key) {
        return assertInstanceOf(YamlScalar.class, map.entry(key).orElseThrow().value());
    }

    private static List<String> values(YamlList list) {
        return list.items().stream().map(n -> assertInstanceOf(YamlScalar.class, n).value()).toList();
    }
}
