package processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped lessons speak to students, who never saw the documents the lessons were written from: the two
 * answer sets ("Set A", "Set B"), the "seed" questions and answers, the fact sheet, the homework numbering. A
 * lesson that quotes such an answer says where a student would meet it ("a common answer online says…").
 */
class LessonWordingTest {

    private static final Path LESSONS = Path.of(System.getProperty("processlab.home", "."), "lessons");

    /** Authoring words; "set a large chunksize" is prose, "Set A forgot" is not, hence the capital A and B. */
    private static final List<Pattern> AUTHORING_WORDS = List.of(
            Pattern.compile("\\b[Ss]et [AB]\\b"),
            Pattern.compile("(?i)\\bseeds?\\b(?!\\s*\\()"), // random.seed(1) in code would be fine
            Pattern.compile("(?i)\\banswer[- ]sets?\\b"),
            Pattern.compile("(?i)\\bqa-set"),
            Pattern.compile("(?i)\\bfacts\\.md\\b|\\bfact sheet\\b"),
            Pattern.compile("(?i)\\bhomework\\b"),
            Pattern.compile("\\bQ[1-9]\\b"),
            Pattern.compile("(?i)\\blesson writers?\\b"),
            Pattern.compile("\\b(TODO|FIXME|XXX)\\b"));

    @Test
    void noShippedLessonUsesAuthoringWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(LESSONS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String word : authoringWords(lines.get(i))) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": '" + word + "' in: "
                                + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "lessons must not name documents students never saw");
    }

    @Test
    void theCheckCatchesTheWordingThatLeakedBeforeAndLetsProseThrough() {
        assertFalse(authoringWords("The seed answer forgot the closing parenthesis.")
                .isEmpty());
        assertFalse(
                authoringWords("Set A forgot the `)` that closes `Process(`:").isEmpty());
        assertFalse(
                authoringWords("Set B's answer has each child print two lines.").isEmpty());
        assertFalse(authoringWords("Both answer sets do this too.").isEmpty());
        assertFalse(authoringWords("Q5 was left unanswered.").isEmpty());
        assertTrue(authoringWords("- Tiny tasks, many items: set a large `chunksize`.")
                .isEmpty());
        assertTrue(authoringWords("random.seed(1)  # the same numbers on every run")
                .isEmpty());
        assertTrue(authoringWords("A common answer online says multiprocessing spans machines.")
                .isEmpty());
    }

    private static List<String> authoringWords(String line) {
        List<String> words = new ArrayList<>();
        for (Pattern pattern : AUTHORING_WORDS) {
            Matcher matcher = pattern.matcher(line);
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        return words;
    }
}
