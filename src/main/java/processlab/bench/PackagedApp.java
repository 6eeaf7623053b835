package processlab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import processlab.worker.JvmCommand;

/** Where the packaged app's launcher is, for timing it beside the plain jar. */
final class PackagedApp {

    /** The app image that {@code mvn -Pinstaller package} writes, relative to the folder of target/processlab.jar. */
    static final Path IMAGE_LAUNCHER = Path.of("installer", "processlab", "bin", "processlab");

    private PackagedApp() {}

    /**
     * The launcher this JVM was started by (bench run from the package), else the app image beside the jar this
     * JVM runs from (bench run as {@code java -jar target/processlab.jar} after the installer build), else none.
     */
    static Optional<Path> launcher() {
        String running = System.getProperty(JvmCommand.PACKAGE_LAUNCHER_PROPERTY);
        if (running != null) {
            return Optional.of(Path.of(running));
        }
        return launcherBeside(Path.of(System.getProperty("java.class.path")));
    }

    static Optional<Path> launcherBeside(Path classPath) {
        Path folder = classPath.toAbsolutePath().getParent();
        if (folder == null || !classPath.toString().endsWith(".jar")) {
            return Optional.empty();
        }
        return Optional.of(folder.resolve(IMAGE_LAUNCHER)).filter(Files::isExecutable);
    }
}
