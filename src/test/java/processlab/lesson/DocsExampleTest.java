package processlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in the lesson-format documentation must itself be a valid lesson. */
class DocsExampleTest {

    static final Path DOC = Path.of("README.md");

    @Test
    void documentedExampleLoadsWithoutErrors() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("````markdown\n");
        int end = doc.indexOf("\n````\n", start);
        assertTrue(start >= 0 && end > start, "the example is fenced with ````markdown");

        String example = doc.substring(start + "````markdown\n".length(), end + 1);
        Lesson lesson = LessonLoader.parse("01-example", DOC, example);

        assertEquals(List.of(), lesson.errors());
        assertEquals(
                List.of("markdown", "python", "java", "demo", "quiz", "exercise"),
                lesson.blocks().stream().map(Block::kind).toList());
    }
}
