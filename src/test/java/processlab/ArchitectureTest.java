package processlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logic packages never touch JavaFX (STYLE.md rule 2): they are parsed, run and tested without the toolkit.
 * Only the command-line glue that drives the toolkit on purpose ({@code cli/**}{@code /Render*}, {@code Bench*})
 * may. A plain source scan: imports, and qualified {@code javafx.} names outside comments.
 */
class ArchitectureTest {

    static final Path SOURCES = Path.of("src/main/java/processlab");
    static final List<String> LOGIC_PACKAGES = List.of("lesson", "run", "trace", "worker", "cli", "progress",
            "exercise", "tryit", "settings");

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.[A-Za-z]");

    @Test
    void logicPackagesDoNotUseJavaFx() throws IOException {
        List<Path> scanned = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (String pkg : LOGIC_PACKAGES) {
            Path dir = SOURCES.resolve(pkg);
            if (Files.isDirectory(dir)) {
                violations.addAll(violations(dir, pkg.equals("cli"), scanned));
            }
        }
        assertTrue(scanned.stream().anyMatch(p -> p.startsWith(SOURCES.resolve("lesson"))), "nothing scanned");
        assertEquals(List.of(), violations, "logic packages must not use javafx.*");
    }

    @Test
    void theScanCatchesImportsAndQualifiedNamesButNotCommentsOrToolkitGlue(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bench"));
        Files.writeString(dir.resolve("Imports.java"), "package x;\nimport javafx.scene.Node;\nclass Imports {}\n");
        Files.writeString(dir.resolve("Static.java"), "import static javafx.application.Platform.runLater;\n");
        Files.writeString(dir.resolve("Qualified.java"), "class Q { javafx.scene.Node node; }\n");
        Files.writeString(dir.resolve("Commented.java"), "/** Unlike {@link javafx.scene.Node} */\n// javafx.x\n");
        Files.writeString(dir.resolve("RenderCommand.java"), "import javafx.scene.Scene;\n");
        Files.writeString(dir.resolve("bench").resolve("BenchStartup.java"), "import javafx.stage.Stage;\n");

        List<String> violations = violations(dir, true, new ArrayList<>());

        assertEquals(List.of("Imports.java", "Qualified.java", "Static.java"),
                violations.stream().map(v -> Path.of(v.substring(0, v.indexOf(':'))).getFileName().toString())
                        .sorted().toList());
        assertEquals(List.of(), violations(dir.resolve("bench"), true, new ArrayList<>()));
        assertEquals(1, violations(dir.resolve("bench"), false, new ArrayList<>()).size(),
                "Bench* is allowed only under cli");
    }

    /** {@code file:line: text} for every JavaFX use in the Java files under {@code dir}. */
    static List<String> violations(Path dir, boolean toolkitGlueAllowed, List<Path> scanned) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (toolkitGlueAllowed && (name.startsWith("Render") || name.startsWith("Bench"))) {
                    continue;
                }
                scanned.add(file);
                String[] lines = stripComments(Files.readString(file)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (JAVAFX.matcher(lines[i]).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        return found;
    }

    /** Blanks out comments but keeps their line breaks, so reported lines stay right. */
    private static String stripComments(String source) {
        return COMMENTS.matcher(source).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    }
}
