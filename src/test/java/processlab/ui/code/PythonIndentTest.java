package processlab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The editor's indentation rules on plain strings. In the texts, {@code |} is the caret, and {@code <} and {@code >}
 * the start and end of a selection; a rule that leaves the key to the editor's usual behaviour gives "unchanged".
 */
class PythonIndentTest {

    @FunctionalInterface
    interface Rule {
        Optional<PythonIndent.Edit> apply(String text, int start, int end);
    }

    static final Rule ENTER = (text, start, end) -> Optional.of(PythonIndent.newline(text, start, end, true));
    static final Rule JAVA_ENTER = (text, start, end) -> Optional.of(PythonIndent.newline(text, start, end, false));
    static final Rule TAB = (text, start, end) -> Optional.of(PythonIndent.indent(text, start, end));
    static final Rule SHIFT_TAB = PythonIndent::dedent;
    static final Rule BACKSPACE =
            (text, start, end) -> start == end ? PythonIndent.backspace(text, start) : Optional.empty();

    @Test
    void enterKeepsTheLinesIndentation() {
        assertEquals("x = 1\n|", press(ENTER, "x = 1|"));
        assertEquals("    x = 1\n    |", press(ENTER, "    x = 1|"));
        assertEquals("        return x\n        |\nprint(1)", press(ENTER, "        return x|\nprint(1)"));
    }

    @Test
    void enterIndentsOneLevelMoreAfterAColon() {
        assertEquals("def f(n):\n    |", press(ENTER, "def f(n):|"));
        assertEquals("    for p in procs:\n        |", press(ENTER, "    for p in procs:|"));
        assertEquals("if x:   # a comment\n    |", press(ENTER, "if x:   # a comment|"));
        assertEquals("else:  \n    |", press(ENTER, "else:  |"));
    }

    @Test
    void onlyAColonEndingTheCodeBeforeTheCaretOpensABlock() {
        assertEquals("print('a:')\n|", press(ENTER, "print('a:')|"));
        assertEquals("x = {'a': 1}\n|", press(ENTER, "x = {'a': 1}|"));
        assertEquals("s = \"# not a comment:\"\n|", press(ENTER, "s = \"# not a comment:\"|"));
        assertEquals(
                "d = {1:\n    |2}",
                press(ENTER, "d = {1:|2}"),
                "the colon ends the text before the caret: a "
                        + "level more, as editors do for a dict spread over lines");
    }

    @Test
    void enterInTheMiddleOfALineMovesTheRestToTheNewIndent() {
        assertEquals("    if x:\n        |y = 1", press(ENTER, "    if x:| y = 1"));
        assertEquals("  \n  |x", press(ENTER, "  |x"));
    }

    @Test
    void enterReplacesASelection() {
        assertEquals("    a\n    |c", press(ENTER, "    a<b>c"));
    }

    @Test
    void javaBlocksKeepTheIndentationButAColonOpensNothing() {
        assertEquals("    case 1:\n    |", press(JAVA_ENTER, "    case 1:|"));
    }

    @Test
    void tabInsertsSpacesToTheNextMultipleOfFour() {
        assertEquals("    |", press(TAB, "|"));
        assertEquals("x   |", press(TAB, "x|"));
        assertEquals("abcd    |", press(TAB, "abcd|"));
        assertEquals("  x = 1\n    |", press(TAB, "  x = 1\n  |"), "from column 2 to column 4");
        assertEquals("a   |d", press(TAB, "a<bc>d"), "a selection on one line is replaced");
    }

    @Test
    void tabIndentsEverySelectedLine() {
        assertEquals("<    a\n\n        b>\nc", press(TAB, "a<\n\n    b>\nc"), "empty lines stay empty");
        assertEquals("<    a\n    b>\nc", press(TAB, "<a\nb\n>c"), "a selection ending at a line's start leaves it");
    }

    @Test
    void shiftTabRemovesUpToFourLeadingSpaces() {
        assertEquals("    x|", press(SHIFT_TAB, "        x|"));
        assertEquals("x|", press(SHIFT_TAB, "  x|"));
        assertEquals("|x", press(SHIFT_TAB, "  |  x"), "the caret moves with the text, not past the line's start");
        assertEquals("|x", press(SHIFT_TAB, "|\tx"));
        assertEquals("unchanged", press(SHIFT_TAB, "x = 1|"));
    }

    @Test
    void shiftTabDedentsEverySelectedLine() {
        assertEquals("<a\n  b\nc>", press(SHIFT_TAB, "    <a\n      b\nc>"));
    }

    @Test
    void backspaceInLeadingSpacesGoesBackAWholeLevel() {
        assertEquals("if x:\n    |", press(BACKSPACE, "if x:\n        |"));
        assertEquals("    |", press(BACKSPACE, "      |"));
        assertEquals("|", press(BACKSPACE, " |"));
        assertEquals("unchanged", press(BACKSPACE, "    x|"), "after code: one character, as always");
        assertEquals("unchanged", press(BACKSPACE, "x\n|"), "at a line's start: joins the lines, as always");
        assertEquals("unchanged", press(BACKSPACE, "  <  >"), "with a selection: deletes it, as always");
    }

    @Test
    void theRulesNeedNoJavaFx() throws java.io.IOException {
        java.nio.file.Path source = java.nio.file.Path.of(System.getProperty("processlab.home", "."))
                .resolve("src/main/java/processlab/ui/code/PythonIndent.java");
        assertEquals(
                List.of(),
                java.nio.file.Files.readAllLines(source).stream()
                        .filter(line -> line.startsWith("import javafx.") || line.startsWith("import org.fxmisc."))
                        .toList());
    }

    /** Presses a key on a marked text and returns the marked result (or "unchanged"). */
    private static String press(Rule rule, String marked) {
        int caret = marked.indexOf('|');
        int start = caret >= 0 ? caret : marked.indexOf('<');
        String text = marked.replace("|", "").replace("<", "");
        int end = caret >= 0 ? caret : text.indexOf('>');
        text = text.replace(">", "");
        Optional<PythonIndent.Edit> edit = rule.apply(text, start, end);
        if (edit.isEmpty()) {
            return "unchanged";
        }
        String after = edit.get().applyTo(text);
        int from = Math.min(edit.get().anchor(), edit.get().caret());
        int to = Math.max(edit.get().anchor(), edit.get().caret());
        return from == to
                ? after.substring(0, from) + "|" + after.substring(from)
                : after.substring(0, from) + "<" + after.substring(from, to) + ">" + after.substring(to);
    }
}
