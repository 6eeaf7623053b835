package processlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedAppTest {

    @TempDir
    Path target;

    @Test
    void theAppImageBesideTheJarIsFound() throws IOException {
        Path launcher = target.resolve(PackagedApp.IMAGE_LAUNCHER);
        Files.createDirectories(launcher.getParent());
        Files.createFile(launcher, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(Optional.of(launcher), PackagedApp.launcherBeside(target.resolve("processlab.jar")));
    }

    @Test
    void noAppImageOrNoJarMeansNoPackage() {
        assertEquals(Optional.empty(), PackagedApp.launcherBeside(target.resolve("processlab.jar")));
        assertEquals(Optional.empty(), PackagedApp.launcherBeside(target.resolve("classes")));
    }
}
