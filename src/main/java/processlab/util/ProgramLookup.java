package processlab.util;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a program by name in a list of folders (the PATH, or fixed system folders) the way a shell would: the
 * first folder holding an executable file of that name wins; on Windows {@code name.exe} counts too.
 */
public final class ProgramLookup {

    private ProgramLookup() {}

    /** {@code name} in the folders of a PATH value (empty entries are skipped, not read as the current folder). */
    public static Optional<Path> onPath(String name, String pathValue) {
        return inFolders(name, List.of(pathValue.split(File.pathSeparator)));
    }

    /** {@code name} on this process's PATH. */
    public static Optional<Path> onPath(String name) {
        return onPath(name, System.getenv().getOrDefault("PATH", ""));
    }

    public static Optional<Path> inFolders(String name, List<String> folders) {
        List<String> names = OperatingSystem.isWindows() ? List.of(name, name + ".exe") : List.of(name);
        for (String folder : folders) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String candidateName : names) {
                Path candidate = Path.of(folder, candidateName);
                if (isProgram(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** An executable file, not a folder (folders are "executable" too: that bit means searchable). */
    public static boolean isProgram(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
