package processlab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmCommandTest {

    @Test
    void relativeClassPathEntriesBecomeAbsoluteSoChildrenCanStartInAnyFolder() {
        String relative = "target/processlab.jar" + File.pathSeparator + "/opt/lib/x.jar";
        String expected = Path.of("target/processlab.jar").toAbsolutePath() + File.pathSeparator + "/opt/lib/x.jar";
        assertEquals(expected, JvmCommand.absoluteClassPath(relative));
    }
}
