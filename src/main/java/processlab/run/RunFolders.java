package processlab.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The temporary folder of each run ({@code processlab-run-<app pid>-…}: the script, the instrumentation, the
 * events file). A run deletes its own folder when it ends; an app that was killed cannot, so the next app to
 * start a run sweeps away the folders of apps that are no longer alive.
 */
final class RunFolders {

    private static final System.Logger LOG = System.getLogger(RunFolders.class.getName());
    private static final String PREFIX = "processlab-run-";
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private RunFolders() {}

    static Path create() throws IOException {
        sweepOnce(Path.of(System.getProperty("java.io.tmpdir")));
        return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not delete " + dir, e);
        }
    }

    private static void sweepOnce(Path tempDir) {
        if (SWEPT.compareAndSet(false, true)) {
            Thread sweeper = new Thread(() -> sweep(tempDir), "processlab-run-folder-sweeper");
            sweeper.setDaemon(true);
            sweeper.start();
        }
    }

    /** Deletes the run folders whose app is gone; returns how many. */
    static int sweep(Path tempDir) {
        int deleted = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tempDir, PREFIX + "*")) {
            for (Path folder : folders) {
                OptionalLong owner = ownerPid(folder.getFileName().toString());
                if (owner.isPresent() && ProcessHandle.of(owner.getAsLong()).isEmpty()) {
                    delete(folder);
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not sweep " + tempDir, e);
        }
        return deleted;
    }

    /** The app pid in a folder name, or empty for names this app did not make. */
    static OptionalLong ownerPid(String name) {
        if (!name.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
