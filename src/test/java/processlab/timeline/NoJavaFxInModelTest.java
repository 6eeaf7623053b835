package processlab.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code render} must work with no display and no JavaFX toolkit, so the timeline model it draws with (and the
 * command itself) may not import JavaFX: a plain scan of the sources holds that line.
 */
class NoJavaFxInModelTest {

    private static final Path SOURCES =
            Path.of(System.getProperty("processlab.home", ".")).resolve("src/main/java");

    @Test
    void timelineModelAndRenderCommandImportNoJavaFx() throws IOException {
        Path model = SOURCES.resolve("processlab/timeline");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(model)) {
            files = Stream.concat(
                            walk.filter(p -> p.toString().endsWith(".java")),
                            Stream.of(SOURCES.resolve("processlab/cli/RenderCommand.java")))
                    .toList();
        }
        assertTrue(files.size() > 5, "found the sources: " + files);
        List<Path> offending =
                files.stream().filter(NoJavaFxInModelTest::importsJavaFx).toList();
        assertEquals(List.of(), offending);
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import javafx."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
