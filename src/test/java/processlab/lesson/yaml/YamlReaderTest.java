package processlab.lesson.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson YAML read by snakeyaml-engine, with every node's line offset by where the text starts in the file. */
class YamlReaderTest {

    private static final String REASON = "(line it up with the fields above; text over several lines needs '|')";

    @Test
    void mapWithLinesOffsetByTheFirstLine() throws YamlException {
        YamlMap map = map("a: 1\n\n# comment\nb: two words # trailing comment\n", 10);

        assertEquals(10, map.line());
        assertEquals(
                List.of("a", "b"),
                map.entries().stream().map(YamlMap.Entry::key).toList());
        assertEquals(
                List.of(10, 13), map.entries().stream().map(YamlMap.Entry::line).toList());
        assertEquals("two words", scalar(map, "b").value());
        assertEquals(13, scalar(map, "b").line());
    }

    @Test
    void colonsWithoutASpaceAndHashesInsideWordsAreText() throws YamlException {
        YamlMap map = map("url: http://example.org/x\nlangs: C# and F#\ntime: 12:30", 1);

        assertEquals("http://example.org/x", scalar(map, "url").value());
        assertEquals("C# and F#", scalar(map, "langs").value());
        assertEquals("12:30", scalar(map, "time").value());
    }

    @Test
    void numbersBooleansAndYesKeepTheirTextForTheReadersToJudge() throws YamlException {
        YamlMap map = map("title: 1.0\nsize: 2_000_000\nhex: 0x10\ntogether: yes\nflag: True\nbig: 1e3", 1);

        assertEquals("1.0", scalar(map, "title").value());
        assertEquals("2_000_000", scalar(map, "size").value());
        assertEquals("0x10", scalar(map, "hex").value());
        assertEquals("yes", scalar(map, "together").value());
        assertEquals("True", scalar(map, "flag").value());
        assertEquals("1e3", scalar(map, "big").value());
    }

    @Test
    void nullIsEmptyTextButAQuotedNullIsTheWord() throws YamlException {
        YamlMap map = map("a:\nb: ~\nc: null\nd: 'null'\ne: \"\"", 1);

        assertEquals(
                List.of("", "", "", "null", ""),
                map.entries().stream()
                        .map(e -> assertInstanceOf(YamlScalar.class, e.value()).value())
                        .toList());
        assertEquals(1, scalar(map, "a").line());
    }

    @Test
    void plainAndQuotedTextMayWrapOntoIndentedLines() throws YamlException {
        YamlMap map = map("a: first\n  second\n   third\nb: \"The GIL: one\n  thread\"\nc: 'x\n\n  y'\nd: x", 1);

        assertEquals("first second third", scalar(map, "a").value());
        assertEquals("The GIL: one thread", scalar(map, "b").value());
        assertEquals("x\ny", scalar(map, "c").value());
        assertEquals(9, map.entry("d").orElseThrow().line());
    }

    @Test
    void quotedScalars() throws YamlException {
        YamlMap map = map("a: \"x: \\\"y\\\"\\n\\u00e9\"\nb: 'it''s # not a comment'\nc: '&a *b !c'", 1);

        assertEquals("x: \"y\"\n\u00e9", scalar(map, "a").value());
        assertEquals("it's # not a comment", scalar(map, "b").value());
        assertEquals("&a *b !c", scalar(map, "c").value());
    }

    @Test
    void flowListsMayHoldQuotedCommasAndSpanLines() throws YamlException {
        YamlList list = list(map("l: [a, \"b, c\", 'd', e f,]  # done", 3), "l");
        assertEquals(List.of("a", "b, c", "d", "e f"), values(list));
        assertEquals(3, list.items().get(1).line());

        YamlList wrapped = list(map("l: [python-threads,\n    python-processes]\nnext: 1", 7), "l");
        assertEquals(List.of("python-threads", "python-processes"), values(wrapped));
        assertEquals(8, wrapped.items().get(1).line());
        assertEquals(List.of(), values(list(map("l: []", 1), "l")));
    }

    @Test
    void blockListsIndentedOrNotAndTheirLines() throws YamlException {
        YamlMap map = map("a:\n  - one\n  - two\nb:\n- three\nc: 4", 20);

        YamlList a = list(map, "a");
        assertEquals(List.of("one", "two"), values(a));
        assertEquals(List.of(21, 22), a.items().stream().map(YamlNode::line).toList());
        assertEquals(List.of("three"), values(list(map, "b")));
        assertEquals("4", scalar(map, "c").value());
    }

    @Test
    void listOfMapsAndAFlowMap() throws YamlException {
        YamlList list = assertInstanceOf(
                YamlList.class,
                YamlReader.read("- q: one\n  answer: 1\n-   q: two\n    answer: 2\n- {q: three, answer: 3}\n", 5)
                        .orElseThrow());

        YamlMap first = assertInstanceOf(YamlMap.class, list.items().get(0));
        YamlMap second = assertInstanceOf(YamlMap.class, list.items().get(1));
        YamlMap third = assertInstanceOf(YamlMap.class, list.items().get(2));
        assertEquals(5, first.line());
        assertEquals(6, first.entry("answer").orElseThrow().line());
        assertEquals(7, second.line());
        assertEquals("2", scalar(second, "answer").value());
        assertEquals("three", scalar(third, "q").value());
        assertEquals(9, third.line());
    }

    @Test
    void literalAndFoldedBlocksKeepOrFoldLinesAndChomp() throws YamlException {
        YamlMap map = map(
                "code: |\n  def f():\n\n      return 1\n\n\nclip: |-\n  no newline\nkeep: |+\n  kept\n\n"
                        + "folded: >\n  one\n  two\n\n  three\nafter: x",
                1);

        assertEquals("def f():\n\n    return 1\n", scalar(map, "code").value());
        assertEquals(1, scalar(map, "code").line());
        assertEquals("no newline", scalar(map, "clip").value());
        assertEquals("kept\n\n", scalar(map, "keep").value());
        assertEquals("one two\nthree\n", scalar(map, "folded").value());
        assertEquals(17, map.entry("after").orElseThrow().line());
    }

    @Test
    void literalMayHoldTabsAndCommentLikeLines() throws YamlException {
        assertEquals(
                "def f():\n\treturn 1\n",
                scalar(map("code: |\n  def f():\n  \treturn 1\nnext: x", 1), "code")
                        .value());
        assertEquals(
                "# a Python comment\nx = 1\n",
                scalar(map("code: |\n    # a Python comment\n    x = 1\n", 1), "code")
                        .value());
    }

    @Test
    void emptyDocument() throws YamlException {
        assertTrue(YamlReader.read("\n  # only a comment\n\n", 1).isEmpty());
        assertTrue(YamlReader.read("", 1).isEmpty());
    }

    @Test
    void errorsCarryTheFileLineAndSayWhatToDo() {
        assertError("a: 1\nb: [x, y\n", 30, 31, "the list opened with '[' is never closed with ']'");
        assertError("a: 1\nb: {x: 1\n", 30, 31, "the map opened with '{' is never closed with '}'");
        assertError("a: 1\nb: 'open\nc: 2\n", 7, 8, "text opened with ' is never closed");
        assertError(
                "a: \"bad \\q\"",
                2,
                2,
                "unknown escape '\\q' in double-quoted text (write '\\\\' for a backslash, or use single quotes)");
        assertError("a: [x, , y]", 1, 1, "empty item in the list 'a: [x, , y]'");
        assertError("a: ,x", 1, 1, "YAML text cannot start with ','; put the text in quotes");
        assertError("a: ]x", 1, 1, "YAML text cannot start with ']'; put the text in quotes");
        assertError("a: * x", 1, 1, "YAML text cannot start with '*'; put the text in quotes");
        assertError("a: [x,\n  'y' z]", 1, 2, "expected ',' or ']' in the list, got 'z]'");
        assertError("a: {x: 1 y: 2}", 1, 1, "expected ',' or '}' in the map, got ': 2}'");
        assertError(
                "a: |\n  x\nb: >2x\n  y",
                1,
                3,
                "after '|' or '>' only '-', '+' or an indentation digit may follow; the text starts on the next line");
        assertError(
                "a: - x",
                1,
                1,
                "a '- ' list item cannot start here: start the list on the next line, or put "
                        + "text that starts with '- ' in quotes");
        assertError(
                "a: [x] y",
                1,
                1,
                "unexpected text 'y' after the value (quote the whole text, or put it on a " + "line of its own)");
        assertError(
                "a: |x\n  y",
                1,
                1,
                "after '|' or '>' only '-', '+' or an indentation digit may follow; the text starts on the next line");
        assertError("a: 1\n- b", 4, 5, "a '- ' list item cannot follow 'key: value' lines here");
        assertError("- a\nb: 1", 4, 5, "expected '- ' to continue the list, got 'b: 1'");
        assertError("a: 1\n\tb: 2", 1, 2, "a tab is used for indentation; indent with spaces");
        assertError("a:\n    b: 1\n  c: 2", 1, 3, "unexpected indentation at 'c: 2' " + REASON);
        assertError("a: text\n  b: 2", 1, 2, "unexpected indentation at 'b: 2' " + REASON);
        assertError("a: 1\nnot a field\nb: 2", 1, 2, "expected 'field: value', got 'not a field'");
        assertError("a: 1\nb:2\nc: 3", 1, 2, "put a space after ':' in 'b:2'");
        assertError("a: @home", 3, 3, "YAML text cannot start with '@'; put the text in quotes");
        assertError("a: `code` here", 3, 3, "YAML text cannot start with '`'; put the text in quotes");
        assertError("a: 1\n---\nb: 2", 10, 11, "a second YAML document starts here; a lesson's YAML is one document");
        assertError("[a]: 1", 4, 4, "a field name must be a word, not a list or map");
    }

    @Test
    void colonSpaceInsidePlainTextAsksForQuotes() {
        assertError(
                "title: x\nexplain: The GIL: one thread",
                5,
                6,
                "the text of 'explain' holds ': ', which YAML "
                        + "reads as a new field; put the whole text in quotes: explain: \"...\"");
        assertError(
                "- q: Which?\n  explain: It forks: twice",
                5,
                6,
                "the text of 'explain' holds ': ', which YAML "
                        + "reads as a new field; put the whole text in quotes: explain: \"...\"");
    }

    @Test
    void aRepeatedKeyIsAnErrorAtTheSecond() {
        assertError("a: 1\nb: 2\na: 3", 4, 6, "'a' appears twice (first at line 4)");
        assertError("- q: x\n  q: y", 1, 2, "'q' appears twice (first at line 1)");
    }

    @Test
    void anchorsAliasesTagsAndMergeKeysAreErrorsAtTheirLine() {
        String anchor = "'&a' is a YAML anchor, which lessons do not use: write the value out (quote text that starts "
                + "with '&')";
        assertError("x: 1\ny: &a 2", 1, 2, anchor);
        assertError("x: &a\n  long text", 1, 1, anchor);
        assertError("&a x: 1", 1, 1, anchor);
        assertError(
                "x: [1, *b]",
                5,
                5,
                "'*b' is a YAML alias, which lessons do not use: write the value out "
                        + "(quote text that starts with '*')");
        assertError(
                "x: 1\n<<: *base",
                1,
                2,
                "'*base' is a YAML alias, which lessons do not use: write the value out "
                        + "(quote text that starts with '*')");
        assertError(
                "x: !!str 1.0",
                2,
                2,
                "'!!str' is a YAML tag, which lessons do not use: write the value out "
                        + "(quote text that starts with '!')");
        assertError(
                "x:\n  - !custom [a]",
                2,
                3,
                "'!custom' is a YAML tag, which lessons do not use: write the value "
                        + "out (quote text that starts with '!')");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String message =
                "lists or maps nested more than " + PlainEvents.MAX_DEPTH + " levels deep; a lesson needs a " + "few";
        assertError("x: " + "[".repeat(100_000) + "\n", 3, 3, message);
        assertError("- ".repeat(50_000) + "x\n", 3, 3, message);
        StringBuilder stairs = new StringBuilder();
        for (int level = 0; level < 30; level++) {
            stairs.append("  ".repeat(level)).append("k:\n");
        }
        assertError(stairs.toString(), 1, 1 + PlainEvents.MAX_DEPTH, message);
    }

    @Test
    void aHugeDocumentIsRefusedQuickly() {
        String huge = "x: |\n" + "  line\n".repeat(YamlReader.MAX_CODE_POINTS / 7 + 1);
        YamlException e = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(YamlException.class, () -> YamlReader.read(huge, 4)));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("the YAML cannot be read: "), e.getMessage());
        assertTrue(e.getMessage().contains("" + YamlReader.MAX_CODE_POINTS), e.getMessage());
    }

    private static void assertError(String yaml, int firstLine, int line, String message) {
        YamlException e = assertThrows(YamlException.class, () -> YamlReader.read(yaml, firstLine), yaml);
        assertEquals(message, e.getMessage(), yaml);
        assertEquals(line, e.line(), yaml);
    }

    private static YamlMap map(String yaml, int firstLine) throws YamlException {
        return assertInstanceOf(YamlMap.class, YamlReader.read(yaml, firstLine).orElseThrow());
    }

    private static YamlScalar scalar(YamlMap map, String key) {
        return assertInstanceOf(YamlScalar.class, map.entry(key).orElseThrow().value());
    }

    private static YamlList list(YamlMap map, String key) {
        return assertInstanceOf(YamlList.class, map.entry(key).orElseThrow().value());
    }

    private static List<String> values(YamlList list) {
        return list.items().stream()
                .map(n -> assertInstanceOf(YamlScalar.class, n).value())
                .toList();
    }
}
