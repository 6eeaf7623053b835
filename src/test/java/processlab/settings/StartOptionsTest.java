package processlab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartOptionsTest {

    @Test
    void noOptionsMeansDefaults() throws Exception {
        StartOptions options = StartOptions.parse(List.of());
        assertEquals(Optional.empty(), options.lessonsDir());
        assertEquals(Optional.empty(), options.lessonId());
        assertFalse(options.presentation());
    }

    @Test
    void readsEveryOptionInAnyOrder() throws Exception {
        StartOptions options = StartOptions.parse(List.of("--presentation", "--lesson", "02-pools", "--lessons", "my"));
        assertEquals(Optional.of(Path.of("my")), options.lessonsDir());
        assertEquals(Optional.of("02-pools"), options.lessonId());
        assertTrue(options.presentation());
    }

    @Test
    void unknownOptionIsNamedWithTheUsage() {
        var error =
                assertThrows(StartOptions.BadOptionException.class, () -> StartOptions.parse(List.of("--lesons", "x")));
        assertTrue(error.getMessage().startsWith("unknown option '--lesons'"), error.getMessage());
        assertTrue(error.getMessage().contains("usage: java -jar processlab.jar"), error.getMessage());
    }

    @Test
    void optionWithoutItsValueSaysWhatIsMissing() {
        var error = assertThrows(StartOptions.BadOptionException.class, () -> StartOptions.parse(List.of("--lessons")));
        assertTrue(error.getMessage().startsWith("option --lessons needs a folder"), error.getMessage());
        var next = assertThrows(
                StartOptions.BadOptionException.class, () -> StartOptions.parse(List.of("--lesson", "--presentation")));
        assertTrue(next.getMessage().startsWith("option --lesson needs a lesson id"), next.getMessage());
    }

    @Test
    void strayArgumentIsRejected() {
        var error = assertThrows(StartOptions.BadOptionException.class, () -> StartOptions.parse(List.of("lessons")));
        assertTrue(error.getMessage().startsWith("unexpected argument 'lessons'"), error.getMessage());
    }

    @Test
    void lessonsFolderComesFromOptionThenHomeThenWorkingDirThenJar(@TempDir Path temp) throws Exception {
        Path home = Files.createDirectories(temp.resolve("home/lessons")).getParent();
        Path cwd = Files.createDirectories(temp.resolve("cwd/lessons")).getParent();
        Path jarDir = Files.createDirectories(temp.resolve("dist/lessons")).getParent();
        StartOptions none = StartOptions.parse(List.of());

        assertEquals(
                Path.of("given"),
                StartOptions.parse(List.of("--lessons", "given"))
                        .resolveLessonsDir(Optional.of(home.toString()), cwd, Optional.of(jarDir)));
        assertEquals(
                home.resolve("lessons"),
                none.resolveLessonsDir(Optional.of(home.toString()), cwd, Optional.of(jarDir)));
        assertEquals(cwd.resolve("lessons"), none.resolveLessonsDir(Optional.empty(), cwd, Optional.of(jarDir)));
        assertEquals(
                jarDir.resolve("lessons"),
                none.resolveLessonsDir(Optional.empty(), temp.resolve("nowhere"), Optional.of(jarDir)));
    }

    @Test
    void jarInTargetFindsTheCheckoutsLessons(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("lessons"));
        Path target = Files.createDirectories(temp.resolve("target"));
        assertEquals(
                temp.resolve("lessons"),
                StartOptions.parse(List.of())
                        .resolveLessonsDir(Optional.empty(), temp.resolve("elsewhere"), Optional.of(target)));
    }

    @Test
    void whenNothingExistsTheFirstCandidateIsNamed(@TempDir Path temp) throws Exception {
        assertEquals(
                temp.resolve("cwd/lessons"),
                StartOptions.parse(List.of())
                        .resolveLessonsDir(Optional.empty(), temp.resolve("cwd"), Optional.empty()));
    }
}
