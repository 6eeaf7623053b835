package processlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processlab.bench.ChildJvm;
import processlab.ui.probe.StartupProbe;

/**
 * The cards are FXML, the window's frame is not: the first FXML load of a JVM costs the loader's classes and its XML
 * parser, which made the first lesson 5.7 % later (see ShellView). This holds the line: the app, started as the
 * start-up benchmark starts it, draws its first lesson before any class of {@code javafx.fxml} is loaded.
 */
class FirstFrameWithoutFxmlTest {

    @TempDir
    Path config;

    @Test
    void theFirstLessonIsDrawnBeforeTheFxmlLoaderIsLoaded() throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.appCommand(true));
        command.addAll(List.of(
                "-Xlog:class+load=info",
                "-D" + StartupProbe.PROPERTY + "=" + StartupProbe.FIRST_LESSON,
                "-Dprocesslab.config.dir=" + config,
                "-cp",
                System.getProperty("java.class.path"),
                "processlab.Main",
                "--lessons",
                Path.of("lessons").toAbsolutePath().toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ChildJvm.killAfter(child, 60);
        boolean shellLoaded = false;
        boolean drawn = false;
        List<String> fxmlClasses = new ArrayList<>();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (!drawn && (line = output.readLine()) != null) {
                shellLoaded |= line.contains(" processlab.ui.shell.ShellView ");
                if (line.contains(" javafx.fxml.")) {
                    fxmlClasses.add(line.split(" ")[1]); // "[2.03s][info][class,load] javafx.fxml.X source: …"
                }
                drawn = line.contains(StartupProbe.MARKER);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(drawn, "the app drew its first lesson");
        assertTrue(shellLoaded, "the class-load log is read (the shell's class is in it)");
        assertTrue(fxmlClasses.isEmpty(), "FXML loaded before the first frame: " + fxmlClasses);
    }
}
