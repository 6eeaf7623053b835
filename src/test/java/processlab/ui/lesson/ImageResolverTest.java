package processlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResolverTest {

    @Test
    void findsImagesBesideTheLessonOrInTheProjectsAssets(@TempDir Path project) throws Exception {
        Path lesson = Files.createDirectories(project.resolve("lessons")).resolve("01-x.md");
        Path beside = Files.createDirectories(project.resolve("lessons/assets")).resolve("a.png");
        Path shared = Files.createDirectories(project.resolve("assets")).resolve("b.png");
        Files.write(beside, new byte[] {1});
        Files.write(shared, new byte[] {1});
        assertEquals(Optional.of(beside.normalize()), ImageResolver.resolve("assets/a.png", lesson));
        assertEquals(Optional.of(shared.normalize()), ImageResolver.resolve("assets/b.png", lesson));
        assertEquals(Optional.of(shared.normalize()), ImageResolver.resolve("../assets/b.png", lesson));
        assertEquals(Optional.of(shared.normalize()), ImageResolver.resolve("b.png", lesson));
        assertEquals(Optional.empty(), ImageResolver.resolve("assets/c.png", lesson));
    }
}
