package processlab.run.observe;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Names and command lines from {@code /proc}: read rarely (on discovery), so plain file reads are fine. */
final class ProcNames {

    /** Command lines are shortened to this many characters for display. */
    static final int COMMAND_MAX = 160;

    private ProcNames() {}

    /** The thread's name ({@code comm}), or "" when it is gone. */
    static String threadName(Path taskDir) {
        return read(taskDir.resolve("comm"), 64);
    }

    /** The process's command line with arguments separated by spaces, shortened; its name if empty. */
    static String commandLine(Path procDir) {
        String command = read(procDir.resolve("cmdline"), COMMAND_MAX * 4);
        if (command.isEmpty()) {
            command = read(procDir.resolve("comm"), 64);
        }
        return shorten(command);
    }

    /** The command line alone, or empty: a process that is ending (a zombie) or exec-ing has none to read. */
    static String commandLineOnly(Path procDir) {
        return shorten(read(procDir.resolve("cmdline"), COMMAND_MAX * 4));
    }

    static String shorten(String text) {
        return text.length() <= COMMAND_MAX ? text : text.substring(0, COMMAND_MAX - 1) + "…";
    }

    private static String read(Path path, int maxBytes) {
        // FileInputStream, not Files.newInputStream: far less code on a path run only a few times a second,
        // which therefore runs in the interpreter for a long time.
        try (var in = new FileInputStream(path.toFile())) {
            byte[] bytes = in.readNBytes(maxBytes);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    bytes[i] = ' ';
                }
            }
            return new String(bytes, StandardCharsets.UTF_8).strip();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }
}
