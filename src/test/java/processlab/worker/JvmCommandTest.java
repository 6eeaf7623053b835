package processlab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmCommandTest {

    /** The packaged app's process is its launcher, which would take a child's JVM options as the app's arguments. */
    @Test
    void inThePackagedAppChildrenStartWithTheBundledRuntimesJava() {
        String before = System.getProperty(JvmCommand.PACKAGE_LAUNCHER_PROPERTY);
        System.setProperty(JvmCommand.PACKAGE_LAUNCHER_PROPERTY, "/opt/processlab/bin/processlab");
        try {
            assertEquals(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), JvmCommand.javaExecutable());
        } finally {
            if (before == null) {
                System.clearProperty(JvmCommand.PACKAGE_LAUNCHER_PROPERTY);
            } else {
                System.setProperty(JvmCommand.PACKAGE_LAUNCHER_PROPERTY, before);
            }
        }
    }

    @Test
    void relativeClassPathEntriesBecomeAbsoluteSoChildrenCanStartInAnyFolder() {
        String relative = "target/processlab.jar" + File.pathSeparator + "/opt/lib/x.jar";
        String expected = Path.of("target/processlab.jar").toAbsolutePath() + File.pathSeparator + "/opt/lib/x.jar";
        assertEquals(expected, JvmCommand.absoluteClassPath(relative));
    }
}
