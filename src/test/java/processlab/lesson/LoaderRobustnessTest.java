package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A lesson being typed is broken most of the time; whatever the text, loading must give a Lesson with errors
 * pointing at real lines, never an exception. Mutates the fixture lessons with the characters that matter to the
 * format (fixed seed, so a failure reproduces).
 */
class LoaderRobustnessTest {

    /** The characters that matter to Markdown fences and to YAML, its indicators (&*!@%?) included. */
    private static final String SPECIALS = ":-[]\"'|`~# \n\t,>{}=0123456789&*!@%?";

    @Test
    void mutatedLessonsNeverThrowAndErrorsPointAtRealLines() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> good = Files.list(Path.of("src/test/resources/lessons-good"));
                Stream<Path> broken = Files.list(Path.of("src/test/resources/lessons-broken"))) {
            fixtures = Stream.concat(good, broken)
                    .filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        assertFalse(fixtures.isEmpty());
        Random random = new Random(20261122);
        for (Path fixture : fixtures) {
            String original = Files.readString(fixture);
            for (int round = 0; round < 150; round++) {
                String mutated = mutate(original, random, 1 + random.nextInt(4));
                int lineCount = mutated.split("\n", -1).length;
                Lesson lesson = assertDoesNotThrow(() -> LessonLoader.parse("01-x", fixture, mutated), mutated);
                for (LessonError error : lesson.errors()) {
                    assertTrue(error.line() >= 1 && error.line() <= lineCount, error + "\n---\n" + mutated);
                    assertFalse(error.message().isBlank(), mutated);
                }
                assertFalse(lesson.title().isBlank(), mutated);
            }
        }
    }

    private static String mutate(String text, Random random, int edits) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                    }
                }
            }
        }
        return s.toString();
    }
}
