package processlab.run.python;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import processlab.run.process.Guardian;
import processlab.run.process.ProcessGroups;
import processlab.util.ProgramLookup;

/**
 * Asks one would-be interpreter what it is, within a time limit for the whole question: starting it, reading what
 * it says and its exit. An interpreter that does not answer in time is killed with everything it started, and it
 * runs in a process group the given {@link Guardian} ends if the app dies meanwhile, so a probe never outlives the
 * app.
 *
 * <p>The probe program runs on Python 2 as well, so an old interpreter is named with its version; what does not
 * run it is asked {@code --version} (which Python 2 answers on stderr, read here with stdout).
 */
final class PythonProbe {

    private static final String SCRIPT = "import sys, sysconfig; "
            + "gil = getattr(sys, '_is_gil_enabled', lambda: True)(); "
            + "sys.stdout.write('%d %d %d %d\\n%s\\n' % (sys.version_info[0], sys.version_info[1], "
            + "1 if sysconfig.get_config_var('Py_GIL_DISABLED') else 0, 1 if gil else 0, sys.executable))";
    private static final Pattern VERSION = Pattern.compile("Python (\\d+)\\.(\\d+)");
    /** What is kept of an answer: the probe's is two short lines; more is read and dropped, never held. */
    private static final int KEEP_BYTES = 4096;

    /** What asking an executable gave. */
    sealed interface Outcome permits Found, Old, Silent, NotPython {}

    /** A Python that answered the probe (any version: the caller decides whether it is new enough). */
    record Found(PythonInterpreter interpreter) implements Outcome {}

    /** A Python too old to run the probe, known only by its {@code --version}. */
    record Old(int major, int minor) implements Outcome {

        String version() {
            return major + "." + minor;
        }
    }

    /** No answer within the time limit: it was killed. */
    record Silent(Duration waited) implements Outcome {}

    /** It could not be started, or what it said is no Python's answer. */
    record NotPython(String said) implements Outcome {}

    private PythonProbe() {}

    /** @param guardian ends the probe if the app dies while it runs; null: no guardian (the probe is not held) */
    static Outcome ask(String executable, Duration timeout, Guardian guardian) {
        if (executable.contains(File.separator) && !ProgramLookup.isProgram(Path.of(executable))) {
            return new NotPython(
                    Files.exists(Path.of(executable)) ? "it is not an executable program" : "there is no such file");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer probe = run(interpreter(executable, "-c", SCRIPT), deadline, guardian);
        if (probe.silent()) {
            return new Silent(timeout);
        }
        if (probe.failure() != null) {
            return new NotPython("it could not be started: " + probe.failure());
        }
        Outcome found = parseProbe(executable, probe);
        if (found != null) {
            return found;
        }
        Answer version = run(interpreter(executable, "--version"), deadline, guardian);
        if (version.silent()) {
            return new Silent(timeout);
        }
        Matcher matcher = VERSION.matcher(version.text());
        if (version.failure() == null && matcher.find()) {
            return new Old(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        return new NotPython(
                probe.text().isBlank()
                        ? "it ended with exit code " + probe.exitCode()
                        : "it said: " + firstLine(probe.text()));
    }

    /**
     * The command that runs {@code executable} with {@code args}: Windows' Python launcher ({@code py}) is asked for
     * Python 3 ({@code py -3}); its answer names the interpreter it chose, which runs are then started with.
     */
    static List<String> interpreter(String executable, String... args) {
        String name = Path.of(executable).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        List<String> command = new java.util.ArrayList<>(List.of(executable));
        if (name.equals("py") || name.equals("py.exe")) {
            command.add("-3");
        }
        command.addAll(List.of(args));
        return command;
    }

    /** The first line of what it said, short enough for a status line (and without our setsid's name). */
    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0];
        if (line.startsWith("setsid: ")) {
            line = line.substring("setsid: ".length());
        }
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }

    /** The probe's two lines ("3 11 0 1" and sys.executable) as an interpreter, or null if they are not that. */
    private static Outcome parseProbe(String executable, Answer probe) {
        String[] lines = probe.text().trim().split("\\R", 2);
        String[] fields = lines[0].trim().split("\\s+");
        if (probe.exitCode() != 0 || fields.length != 4) {
            return null;
        }
        try {
            // The real binary rather than a wrapper script (pyenv shims cost a quarter second per start).
            String real = lines.length > 1 && !lines[1].isBlank() ? lines[1].trim() : executable;
            return new Found(new PythonInterpreter(
                    real,
                    Integer.parseInt(fields[0]),
                    Integer.parseInt(fields[1]),
                    fields[2].equals("1"),
                    fields[3].equals("1")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param text     stdout and stderr together, at most {@link #KEEP_BYTES}
     * @param silent   it did not end (or close its output) before the deadline
     * @param failure  why it could not be started, or null
     */
    private record Answer(String text, int exitCode, boolean silent, String failure) {}

    private static Answer run(List<String> command, long deadline, Guardian guardian) {
        ProcessBuilder builder = new ProcessBuilder(guardian == null ? command : gated(command));
        builder.environment().remove("PYTHONPATH");
        builder.redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Answer("", -1, false, e.getMessage());
        }
        FutureTask<byte[]> reading = new FutureTask<>(() -> readKeepingTheStart(process.getInputStream()));
        Thread reader = new Thread(reading, "processlab-python-probe-output");
        reader.setDaemon(true);
        boolean answered = false;
        try {
            if (guardian != null) {
                guardian.watch(process.pid());
                process.getOutputStream().write('\n'); // the gate opens: the guardian knows the group now
            }
            process.getOutputStream().close(); // one that reads its input gets end-of-file, not a wait
            reader.start();
            // The output ends when everything it started has closed it; the exit comes with or soon after.
            byte[] out = reading.get(remainingNanos(deadline), TimeUnit.NANOSECONDS);
            answered = process.waitFor(remainingNanos(deadline), TimeUnit.NANOSECONDS);
            return answered
                    ? new Answer(new String(out, StandardCharsets.UTF_8), process.exitValue(), false, null)
                    : new Answer("", -1, true, null);
        } catch (TimeoutException e) {
            return new Answer("", -1, true, null);
        } catch (ExecutionException | IOException e) {
            return new Answer("", -1, false, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer("", -1, true, null);
        } finally {
            if (!answered) {
                killTree(process);
            }
            if (guardian != null) {
                guardian.forget(process.pid());
            }
        }
    }

    /**
     * The command in a group of its own, held by a shell until a line arrives on its input: the app tells the
     * guardian the group first, so there is no moment in which the app could die and leave the probe running.
     */
    private static List<String> gated(List<String> command) {
        List<String> gated = new ArrayList<>(List.of("sh", "-c", "IFS= read -r go || exit 125; exec \"$@\"", "probe"));
        gated.addAll(command);
        return ProcessGroups.inNewGroup(gated);
    }

    /** Ends the probe and whatever it started; its output then closes, and the reader thread ends with it. */
    private static void killTree(Process process) {
        ProcessGroups.signalTree(process.toHandle(), true);
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readKeepingTheStart(InputStream in) throws IOException {
        byte[] kept = new byte[KEEP_BYTES];
        int length = 0;
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int room = Math.min(n, KEEP_BYTES - length);
                System.arraycopy(buffer, 0, kept, length, room);
                length += room;
            }
        }
        return Arrays.copyOf(kept, length);
    }

    private static long remainingNanos(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
