package processlab.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * A build step (the {@code process-classes} phase, see pom.xml): writes a binary copy ({@code .bss}) beside every
 * stylesheet in the class folder. JavaFX loads {@code foo.bss} in place of {@code foo.css} when both exist, so the
 * app does not parse CSS text while it starts. The {@code .css} stays the file to edit; every build writes the
 * {@code .bss} again.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStylesheets CLASS_FOLDER");
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("[processlab] " + sheets.size() + " stylesheets written as binary CSS");
    }
}
