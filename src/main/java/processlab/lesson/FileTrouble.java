package processlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why a lesson's path cannot be read as a text file, found without opening it: a link that leads nowhere (its
 * target is gone, or links lead back to themselves) or a named pipe, socket or device (reading a pipe would wait
 * for a writer forever). Such entries used to be skipped without a word; an author who linked a lesson in must
 * learn that it did not load.
 */
final class FileTrouble {

    /** Linux follows at most 40 links in a row; a longer chain is as good as a loop. */
    private static final int MAX_LINKS = 40;

    private FileTrouble() {}

    /** Empty for a regular file, and for anything whose reading will say what is wrong itself. */
    static Optional<String> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(
                    attributes.isDirectory()
                            ? "the file is a folder; a lesson is a text file"
                            : "the file is not a regular file but a named pipe, socket or device; a lesson is a text file");
        } catch (IOException e) {
            return Files.isSymbolicLink(file) ? Optional.of(brokenLink(file, e)) : Optional.empty();
        }
    }

    private static String brokenLink(Path file, IOException why) {
        List<String> chain = new ArrayList<>(List.of(file.getFileName().toString()));
        Set<Path> seen = new HashSet<>(Set.of(file.toAbsolutePath().normalize()));
        Path at = file;
        try {
            while (Files.isSymbolicLink(at)) {
                Path target = Files.readSymbolicLink(at);
                chain.add(target.toString());
                at = at.resolveSibling(target);
                if (!seen.add(at.toAbsolutePath().normalize()) || chain.size() > MAX_LINKS) {
                    return "the file is a link that never reaches a file, it loops: " + String.join(" -> ", chain);
                }
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                String through = chain.size() > 2 ? " (" + String.join(" -> ", chain) + ")" : "";
                return "the file is a link to '" + chain.get(chain.size() - 1) + "', which does not exist" + through;
            }
        } catch (IOException | RuntimeException unclear) {
            // Fall through to the reason the system gave.
        }
        return "the file is a link that cannot be followed: " + why.getMessage();
    }
}
