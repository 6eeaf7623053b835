package processlab.worker;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts a child JVM with this JVM's own java and class path, small and quick to start. */
public final class JvmCommand {

    /** A small heap and the serial collector start fast and keep N child JVMs light. */
    public static final List<String> LIGHT_OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC", "-Xshare:auto");

    /** Set by the packaged app's launcher (jpackage's, or the Linux package's script) to its own path. */
    public static final String PACKAGE_LAUNCHER_PROPERTY = "jpackage.app-path";

    private JvmCommand() {}

    /**
     * This JVM's java. Under jpackage's native launcher (the app image on other systems) this process is that
     * launcher, which takes no JVM options and runs the app with its arguments, so the child gets the bundled
     * runtime's own {@code bin/java} instead.
     */
    public static String javaExecutable() {
        if (System.getProperty(PACKAGE_LAUNCHER_PROPERTY) != null) {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** {@code java [light options] -cp CLASSPATH mainClass args…} */
    public static List<String> forMain(Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(LIGHT_OPTIONS);
        command.add("-cp");
        command.add(absoluteClassPath(System.getProperty("java.class.path")));
        command.add(mainClass.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Children start in a run's temporary folder, so a relative class path such as the
     * {@code target/processlab.jar} of {@code java -jar target/processlab.jar} must be made absolute first.
     */
    static String absoluteClassPath(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
