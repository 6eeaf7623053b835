package processlab.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's start options: {@code [--lessons DIR] [--lesson ID] [--presentation]}. Plain Java, so it is
 * parsed and tested without the toolkit.
 *
 * @param lessonsDir   the folder given with {@code --lessons}, if any
 * @param lessonId     the lesson to open first, if any
 * @param presentation start in presentation mode
 */
public record StartOptions(Optional<Path> lessonsDir, Optional<String> lessonId, boolean presentation) {

    public static final String USAGE = "usage: java -jar processlab.jar [--lessons DIR] [--lesson ID] [--presentation]";

    /** A start option the app does not understand; the message names it and shows the usage. */
    public static final class BadOptionException extends Exception {
        BadOptionException(String message) {
            super(message + "\n" + USAGE);
        }
    }

    public static StartOptions parse(List<String> args) throws BadOptionException {
        Path lessons = null;
        String lesson = null;
        boolean presentation = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--lessons" -> lessons = Path.of(valueAfter(args, i++, "a folder"));
                case "--lesson" -> lesson = valueAfter(args, i++, "a lesson id, e.g. 01-what-is-multiprocessing");
                case "--presentation" -> presentation = true;
                default ->
                    throw new BadOptionException(
                            arg.startsWith("-")
                                    ? "unknown option '" + arg + "'"
                                    : "unexpected argument '" + arg + "' (not a command or option)");
            }
        }
        return new StartOptions(Optional.ofNullable(lessons), Optional.ofNullable(lesson), presentation);
    }

    private static String valueAfter(List<String> args, int index, String what) throws BadOptionException {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new BadOptionException("option " + args.get(index) + " needs " + what);
        }
        return args.get(index + 1);
    }

    /**
     * The lesson folder to use: {@code --lessons}, else {@code <processlab.home>/lessons}, else
     * {@code ./lessons}, else {@code lessons/} next to the jar (so a jar copied with its lessons works from
     * any directory). When none exists, the first candidate is returned so the error names a real path.
     */
    public Path resolveLessonsDir(Optional<String> home, Path workingDir, Optional<Path> jarDir) {
        if (lessonsDir.isPresent()) {
            return lessonsDir.get();
        }
        List<Path> candidates = new java.util.ArrayList<>();
        home.filter(h -> !h.isBlank()).ifPresent(h -> candidates.add(Path.of(h, "lessons")));
        candidates.add(workingDir.resolve("lessons"));
        jarDir.ifPresent(dir -> {
            candidates.add(dir.resolve("lessons"));
            // target/processlab.jar in a checkout: the lessons sit one folder up.
            Optional.ofNullable(dir.getParent()).ifPresent(parent -> candidates.add(parent.resolve("lessons")));
        });
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0));
    }

    /** {@link #resolveLessonsDir(Optional, Path, Optional)} for this JVM: its properties, cwd and jar. */
    public Path resolveLessonsDir() {
        return resolveLessonsDir(
                Optional.ofNullable(System.getProperty("processlab.home")),
                Path.of("").toAbsolutePath(),
                jarDirectory());
    }

    private static Optional<Path> jarDirectory() {
        try {
            var source = StartOptions.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(location) ? location : location.getParent());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
