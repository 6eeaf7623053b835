package processlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import processlab.ui.lesson.CodeHighlighter.Kind;
import processlab.ui.lesson.CodeHighlighter.Token;

class CodeHighlighterTest {

    private static List<String> of(List<Token> tokens, Kind kind) {
        return tokens.stream().filter(t -> t.kind() == kind).map(Token::text).toList();
    }

    @Test
    void pythonKeywordsStringsCommentsNumbers() {
        String code = "def work(n):  # the child\n    return f\"n={n}\" + 'x' * 0x1F + 2.5e-3\n@cache\nclass A: pass\n";
        List<Token> tokens = CodeHighlighter.tokenize(code, "python");
        assertEquals(code, tokens.stream().map(Token::text).collect(Collectors.joining()));
        assertEquals(List.of("def", "return", "class", "pass"), of(tokens, Kind.KEYWORD));
        assertEquals(List.of("f\"n={n}\"", "'x'"), of(tokens, Kind.STRING));
        assertEquals(List.of("# the child"), of(tokens, Kind.COMMENT));
        assertEquals(List.of("0x1F", "2.5e-3"), of(tokens, Kind.NUMBER));
        assertEquals(List.of("@cache"), of(tokens, Kind.DECORATOR));
    }

    @Test
    void pythonTripleQuotedStringSpansLines() {
        List<Token> tokens = CodeHighlighter.tokenize("x = \"\"\"one\n'two' # no comment\"\"\"\n", "python");
        assertEquals(List.of("\"\"\"one\n'two' # no comment\"\"\""), of(tokens, Kind.STRING));
        assertTrue(of(tokens, Kind.COMMENT).isEmpty());
    }

    @Test
    void javaCommentsAndEscapes() {
        String code = "/* block\n comment */ public static int x = 42; // end\nString s = \"a\\\"b\";";
        List<Token> tokens = CodeHighlighter.tokenize(code, "java");
        assertEquals(List.of("/* block\n comment */", "// end"), of(tokens, Kind.COMMENT));
        assertEquals(List.of("public", "static", "int"), of(tokens, Kind.KEYWORD));
        assertEquals(List.of("\"a\\\"b\""), of(tokens, Kind.STRING));
        assertEquals(List.of("42"), of(tokens, Kind.NUMBER));
    }

    @Test
    void identifiersContainingDigitsAreNotNumbers() {
        List<Token> tokens = CodeHighlighter.tokenize("x2 = log10(3)", "python");
        assertEquals(List.of("3"), of(tokens, Kind.NUMBER));
    }

    @Test
    void unterminatedStringStopsAtTheLineEnd() {
        List<Token> tokens = CodeHighlighter.tokenize("s = 'oops\nimport os\n", "python");
        assertEquals(List.of("'oops"), of(tokens, Kind.STRING));
        assertEquals(List.of("import"), of(tokens, Kind.KEYWORD));
    }

    @Test
    void otherLanguagesArePlain() {
        assertEquals(List.of(new Token(Kind.PLAIN, "ls -l # x")), CodeHighlighter.tokenize("ls -l # x", "bash"));
    }
}
