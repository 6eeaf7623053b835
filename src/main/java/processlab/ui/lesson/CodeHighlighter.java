package processlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small tokenizer for Python and Java, enough to colour keywords, strings, comments and numbers. It never
 * fails: anything it does not recognise is plain text, and the tokens always join back to the input.
 */
public final class CodeHighlighter {

    public enum Kind {
        PLAIN,
        KEYWORD,
        STRING,
        COMMENT,
        NUMBER,
        DECORATOR
    }

    public record Token(Kind kind, String text) {}

    private static final Set<String> PYTHON_KEYWORDS = Set.of(
            "False",
            "None",
            "True",
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "try",
            "while",
            "with",
            "yield",
            "match",
            "case",
            "self",
            "print");

    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "var",
            "record",
            "true",
            "false",
            "null",
            "yield",
            "sealed",
            "permits");

    private CodeHighlighter() {}

    /** Whether {@link #tokenize} colours this language; others show as plain monospace text. */
    public static boolean supports(String language) {
        return language.equals("python") || language.equals("java");
    }

    public static List<Token> tokenize(String code, String language) {
        boolean python = language.equals("python");
        if (!supports(language)) {
            return List.of(new Token(Kind.PLAIN, code));
        }
        Set<String> keywords = python ? PYTHON_KEYWORDS : JAVA_KEYWORDS;
        List<Token> tokens = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            Kind kind;
            if (python ? c == '#' : code.startsWith("//", i)) {
                end = lineEnd(code, i);
                kind = Kind.COMMENT;
            } else if (!python && code.startsWith("/*", i)) {
                end = indexAfter(code, "*/", i + 2);
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '\'') {
                end = stringEnd(code, i, python);
                kind = Kind.STRING;
            } else if (python && c == '@' && (i == 0 || code.charAt(i - 1) == '\n' || isIndent(code, i))) {
                end = wordEnd(code, i + 1, true);
                kind = Kind.DECORATOR;
            } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))) {
                end = numberEnd(code, i);
                kind = Kind.NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = wordEnd(code, i, false);
                String word = code.substring(i, end);
                boolean prefixedString = python
                        && end < code.length()
                        && (code.charAt(end) == '"' || code.charAt(end) == '\'')
                        && word.length() <= 2
                        && word.matches("(?i)[rbfu]+");
                if (prefixedString) {
                    end = stringEnd(code, end, true);
                    kind = Kind.STRING;
                } else {
                    kind = keywords.contains(word) ? Kind.KEYWORD : Kind.PLAIN;
                }
            } else {
                end = i + 1;
                kind = Kind.PLAIN;
            }
            if (kind == Kind.PLAIN) {
                plain.append(code, i, end);
            } else {
                flush(tokens, plain);
                tokens.add(new Token(kind, code.substring(i, end)));
            }
            i = end;
        }
        flush(tokens, plain);
        return tokens;
    }

    private static void flush(List<Token> tokens, StringBuilder plain) {
        if (!plain.isEmpty()) {
            tokens.add(new Token(Kind.PLAIN, plain.toString()));
            plain.setLength(0);
        }
    }

    private static boolean isIndent(String code, int at) {
        int i = at - 1;
        while (i >= 0 && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || code.charAt(i) == '\n';
    }

    private static int lineEnd(String code, int from) {
        int newline = code.indexOf('\n', from);
        return newline < 0 ? code.length() : newline;
    }

    private static int indexAfter(String code, String closing, int from) {
        int at = code.indexOf(closing, from);
        return at < 0 ? code.length() : at + closing.length();
    }

    /** The end of a string literal starting at {@code start}; triple quotes (Python, Java text blocks) too. */
    private static int stringEnd(String code, int start, boolean python) {
        char quote = code.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (code.startsWith(triple, start) && (python || quote == '"')) {
            return indexAfter(code, triple, start + 3);
        }
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                return i; // unterminated: stop at the line end so one typo does not colour the rest
            }
            i++;
        }
        return code.length();
    }

    /** The end of an identifier; decorators ({@code @functools.cache}) may contain dots. */
    private static int wordEnd(String code, int from, boolean dots) {
        int i = from;
        while (i < code.length() && (Character.isJavaIdentifierPart(code.charAt(i)) || dots && code.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String code, int from) {
        int i = from;
        while (i < code.length()) {
            char c = code.charAt(i);
            boolean exponentSign = (c == '+' || c == '-')
                    && (code.charAt(i - 1) == 'e' || code.charAt(i - 1) == 'E')
                    && !code.substring(from, i).toLowerCase().startsWith("0x");
            if (Character.isLetterOrDigit(c)
                    || c == '_'
                    || exponentSign
                    || (c == '.' && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
