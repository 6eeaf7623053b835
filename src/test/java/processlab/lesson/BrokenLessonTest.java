package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of authoring mistake is reported once, at the exact line of the original file, with a message an
 * author understands. The lesson text of most tests has a three-line front matter, so its body starts at line 4.
 */
class BrokenLessonTest {

    static final Path FILE = Path.of("lessons/07-broken.md");
    static final String FRONT = "---\ntitle: Broken\n---\n";

    // --- front matter ---

    @Test
    void missingFrontMatter() {
        Lesson lesson = assertOnlyError(
                "# Hello\n",
                1,
                "a lesson starts with front matter: a '---' line, 'title: ...', and another '---' line");
        assertEquals("07-broken", lesson.title());
        assertEquals("markdown", lesson.blocks().get(0).kind());
    }

    @Test
    void unclosedFrontMatter() {
        assertOnlyError(
                "---\ntitle: Never closed\n\nText\n",
                1,
                "the front matter opened here is never closed by a '---' line");
    }

    @Test
    void errorsComeInLineOrder() {
        Lesson lesson = LessonLoader.parse("07-broken", FILE, "---\nsumary: x\n---\n```java run\n```\n");

        assertEquals(
                List.of(1, 2, 4),
                lesson.errors().stream().map(LessonError::line).toList());
    }

    @Test
    void missingTitleFallsBackToTheId() {
        Lesson lesson = assertOnlyError(
                "---\nquestion: Why?\n---\n", 1, "the front matter is missing the required field 'title'");
        assertEquals("07-broken", lesson.title());
        assertEquals("Why?", lesson.question());
    }

    @Test
    void emptyTitle() {
        assertOnlyError("---\ntitle:\n---\n", 2, "'title' must not be empty");
    }

    @Test
    void unknownFrontMatterField() {
        Lesson lesson = assertOnlyError(
                "---\ntitle: Pools\nsumary: typo\n---\n",
                3,
                "unknown front matter field 'sumary' (known: title, question, summary)");
        assertEquals("Pools", lesson.title());
    }

    @Test
    void badFrontMatterLine() {
        assertOnlyError(
                "---\ntitle: Pools\nthis is not a field\n---\n",
                3,
                "expected 'field: value', got 'this is not a field'");
    }

    // --- fences and info strings ---

    @Test
    void unclosedFence() {
        assertOnlyError(
                FRONT + "Text\n\n```python run\nprint(1)\n",
                6,
                "unclosed fence: the block opened here with '```' needs a closing '```' line");
    }

    @Test
    void tildeFenceIsNotClosedByBackticksNorByAShorterFence() {
        assertOnlyError(
                FRONT + "~~~~python\nx\n```\n~~~\n",
                4,
                "unclosed fence: the block opened here with '~~~~' needs a closing '~~~~' line");
    }

    @Test
    void aBlockThatWouldRunInsideAListOrQuoteIsAnError() {
        // The page draws such a block as plain code inside the list: it would quietly stop running.
        assertOnlyError(
                FRONT + "1. Run this:\n\n   ```python run\n   print(1)\n   ```\n",
                6,
                "the block '```python run' is inside a list or quote, where the page shows it as plain code; start its "
                        + "fence at the left margin");
        assertOnlyError(
                FRONT + "> ~~~demo\n> runs: [python-pool]\n> ~~~\n",
                4,
                "the block '~~~demo' is inside a list or quote, where the page shows it as plain code; start its "
                        + "fence at the left margin");
    }

    @Test
    void unknownPythonBehaviour() {
        assertOnlyError(
                FRONT + "\n```python runn\nprint(1)\n```\n",
                5,
                "unknown block behaviour 'runn' in '```python runn' (a python block takes 'run', "
                        + "'run error=ExceptionName' or 'run min=3.14')");
    }

    @Test
    void minimumPythonMustBeAVersion() {
        assertOnlyError(
                FRONT + "\n```python run min=3.7\nprint(1)\n```\n",
                5,
                "'min=3.7' must name a Python version from 3.8 on, e.g. min=3.14");
        assertOnlyError(
                FRONT + "\n```python run min=314\nprint(1)\n```\n",
                5,
                "'min=314' must name a Python version from 3.8 on, e.g. min=3.14");
    }

    @Test
    void minimumPythonWithoutRun() {
        assertOnlyError(
                FRONT + "```python min=3.14\nx\n```\n",
                4,
                "'min=3.14' needs 'run' before it: '```python run min=3.14'");
    }

    @Test
    void expectedErrorWithoutRun() {
        assertOnlyError(
                FRONT + "```python error=NameError\nx\n```\n",
                4,
                "'error=NameError' needs 'run' before it: '```python run error=NameError'");
    }

    @Test
    void expectedErrorMustNameAnException() {
        assertOnlyError(
                FRONT + "```python run error=\nx\n```\n", 4, "'error=' must name an exception, e.g. error=NameError");
    }

    @Test
    void javaTakesNoBehaviour() {
        assertOnlyError(
                FRONT + "```java run\nx\n```\n",
                4,
                "unknown block behaviour 'run' in '```java run' (a java block takes nothing after 'java')");
    }

    @Test
    void onlyPythonRuns() {
        assertOnlyError(
                FRONT + "```pyhton run\nx\n```\n", 4, "only python blocks can run, not 'pyhton' (in '```pyhton run')");
    }

    @Test
    void demoTakesNoBehaviour() {
        assertOnlyError(
                FRONT + "```demo live\nruns: [python-pool]\n```\n",
                4,
                "unknown block behaviour 'live' in '```demo live' (a demo block takes nothing after 'demo')");
    }

    // --- YAML syntax inside blocks ---

    @Test
    void unclosedFlowList() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool\n```\n", 5, "the list opened with '[' is never closed with ']'");
    }

    @Test
    void unclosedQuote() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\ntitle: \"Threads\n```\n",
                6,
                "text opened with \" is never closed");
    }

    @Test
    void tabIndentation() {
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n\tchoices: [a, b]\n```\n",
                6,
                "a tab is used for indentation; indent with spaces");
    }

    @Test
    void misalignedField() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\n  workers: 2\n```\n",
                6,
                "unexpected indentation at 'workers: 2' (line it up with the fields above; text over several "
                        + "lines needs '|')");
    }

    @Test
    void repeatedField() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nworkers: 2\nworkers: 3\n```\n",
                7,
                "'workers' appears twice (first at line 6)");
    }

    @Test
    void missingSpaceAfterColon() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nworkers:2\n```\n", 6, "put a space after ':' in 'workers:2'");
    }

    @Test
    void colonSpaceInsidePlainTextAsksForQuotes() {
        // The old YAML-like dialect split at the first ': ' only; YAML reads a second one as a new field.
        Lesson lesson = assertOnlyError(
                "---\ntitle: Pools: why\n---\n",
                2,
                "the text of 'title' holds ': ', "
                        + "which YAML reads as a new field; put the whole text in quotes: title: \"...\"");
        assertEquals("07-broken", lesson.title());
        assertEquals(
                "Pools: why",
                LessonLoader.parse("07-ok", FILE, "---\ntitle: \"Pools: why\"\n---\n")
                        .title());
    }

    @Test
    void repeatedFrontMatterField() {
        assertOnlyError("---\ntitle: One\nsummary: x\ntitle: Two\n---\n", 4, "'title' appears twice (first at line 2)");
    }

    @Test
    void tagsAreErrorsWithTheirLine() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\nworkers: !!int 2\n```\n",
                6,
                "'!!int' is a YAML tag, "
                        + "which lessons do not use: write the value out (quote text that starts with '!')");
    }

    @Test
    void aSecondYamlDocumentInABlockIsAnError() {
        assertOnlyError(
                FRONT + "```demo\nruns: [python-pool]\n---\nworkers: 2\n```\n",
                6,
                "a second YAML document starts here; a lesson's YAML is one document");
    }

    @Test
    void anchorsAndAliasesAreErrorsWithTheirLineNotText() {
        assertOnlyError("---\ntitle: &a x\n---\n", 2, ANCHOR.formatted("&a"));
        assertOnlyError("---\ntitle: Fine\nsummary: *a\n---\n", 3, ALIAS.formatted("*a"));
        assertOnlyError("---\ntitle: &t\n  Long title\n---\n", 2, ANCHOR.formatted("&t"));
        assertOnlyError(FRONT + "```demo\nruns: [python-pool, *kinds]\n```\n", 5, ALIAS.formatted("*kinds"));
        assertOnlyError(FRONT + "```demo\nruns:\n  - &k python-pool\n```\n", 6, ANCHOR.formatted("&k"));
        assertOnlyError(
                FRONT + "```quiz\n- q: Which?\n  choices: [a, b]\n  answer: 0\n  explain: &e x\n"
                        + "- q: Again?\n  choices: [a, b]\n  answer: 0\n  explain: *e\n```\n",
                8,
                ANCHOR.formatted("&e"));
        assertOnlyError(FRONT + "```demo\n&d runs: [python-pool]\n```\n", 5, ANCHOR.formatted("&d"));
    }

    @Test
    void quotedTextMayStartWithAnAmpersandOrAStar() {
        Lesson lesson = LessonLoader.parse(
                "07-broken",
                FILE,
                "---\ntitle: '&a x'\nsummary: \"*args\"\n---\n"
                        + "```quiz\n- q: Which?\n  choices: ['*args', \"**kwargs\"]\n  answer: 0\n"
                        + "  explain: a & b, 2 * 3\n```\n");
        assertTrue(lesson.isValid(), lesson.errors().toString());
        assertEquals("&a x", lesson.title());
        assertEquals("*args", lesson.summary());
    }

    private static final String ANCHOR = "'%s' is a YAML anchor, which lessons do not use: write the value out "
            + "(quote text that starts with '&')";
    private static final String ALIAS = "'%s' is a YAML alias, which lessons do not use: write the value out "
            + "(quote text that starts with '*')";

    // --- several problems ---

    @Test
    void everyProblemIsReportedAndGoodBlocksSurvive() {
        Lesson lesson = LessonLoader.parse(
                "07-broken",
                FILE,
                FRONT
                        + "```demo\nruns: [python-pool]\nworkers: 0\ntimeout: 0\n```\n\n```python run\nprint(1)\n```\n"
                        + "\n```quiz\n- q: Which?\n  choices: [a, b]\n  answer: 5\n  explain: x\n```\n");

        assertEquals(
                List.of(
                        "06: workers must be 1..64, got 0",
                        "07: timeout must be 1..600, got 0",
                        "17: answer 5 is not one of the 2 choices (0..1)"),
                lesson.errors().stream()
                        .map(e -> String.format("%02d: %s", e.line(), e.message()))
                        .toList());
        assertEquals(
                List.of("python"), lesson.blocks().stream().map(Block::kind).toList());
        assertEquals("Broken", lesson.title());
    }

    // --- prose the page could not draw ---

    @Test
    void listsNestedHundredsDeepAreAnErrorWithTheirLine() {
        // 300 nested lists on one line overflowed the page renderer's stack: the app crashed at every start.
        assertOnlyError(
                FRONT + "Intro\n\n" + "- ".repeat(300) + "deep\n",
                6,
                "lists or quotes nested 300 levels deep; a lesson may nest at most 40");
    }

    @Test
    void quotesNestedAThousandDeepAreAnErrorAndIndentedListsCountToo() {
        assertOnlyError(
                FRONT + ">".repeat(1000) + " deep\n",
                4,
                "lists or quotes nested 1000 levels deep; a lesson may nest at most 40");
        StringBuilder stairs = new StringBuilder(FRONT);
        for (int level = 0; level < 60; level++) {
            stairs.append("  ".repeat(level)).append("- step ").append(level).append('\n');
        }
        assertOnlyError(
                stairs.toString(), 4 + 59, "lists or quotes nested 60 levels deep; a lesson may nest at most 40");
    }

    @Test
    void proseThatCostsAMarkdownParserTheSquareOfItsLengthIsReadQuickly() {
        // Finding the fences parses the body with commonmark: 200,000 list markers on one line took it 12 s, and
        // 200,000 '<' in a paragraph took its inline parser 16 s (fences do not need inline parsing).
        Lesson markers = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> LessonLoader.parse("07-x", FILE, FRONT + "- ".repeat(200_000) + "deep\n"));
        assertEquals(
                List.of(FILE + ":4: lists or quotes nested 200000 levels deep; a lesson may nest at most 40"),
                markers.errors().stream().map(LessonError::toString).toList());
        Lesson angles = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> LessonLoader.parse("07-x", FILE, FRONT + "<".repeat(200_000) + "\n"));
        assertEquals(List.of(), angles.errors());
    }

    @Test
    void aLessonPastTheMostLinesIsReportedNotReadAndTheMostIsFine() {
        // A long paragraph of lines starting with punctuation costs commonmark the square of its lines.
        String longest = FRONT + "]\n".repeat(LessonParser.MAX_LINES - 3);
        Lesson fine =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LessonLoader.parse("07-long", FILE, longest));
        assertEquals(List.of(), fine.errors());
        Lesson tooLong = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertOnlyError(
                        longest + "]\n",
                        LessonParser.MAX_LINES + 1,
                        "the lesson goes on past line " + LessonParser.MAX_LINES
                                + ", the most a lesson may have; split it into several lessons"));
        assertEquals("Broken", tooLong.title());
    }

    @Test
    void everydayNestingIsFine() {
        Lesson lesson = LessonLoader.parse(
                "07-broken",
                FILE,
                FRONT + "- a\n  - b\n    - c\n      > quote\n1. one\n   2. two\n\n> a quote\n> > in a quote\n");
        assertTrue(lesson.isValid(), lesson.errors().toString());
    }

    static Lesson assertOnlyError(String source, int line, String message) {
        Lesson lesson = LessonLoader.parse("07-broken", FILE, source);
        assertEquals(
                List.of(FILE + ":" + line + ": " + message),
                lesson.errors().stream().map(LessonError::toString).toList());
        assertTrue(!lesson.isValid());
        return lesson;
    }
}
