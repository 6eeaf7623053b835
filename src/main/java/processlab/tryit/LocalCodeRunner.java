package processlab.tryit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import processlab.run.Recording;

/**
 * Runs code as a plain child process: {@code python3 -u main.py} or {@code java Main.java} in a fresh temp
 * folder, output read line by line into a {@link Recording} (all lines tagged with the root pid; this runner
 * does not see inside the tree, the run engine does). Stop ends the whole tree. A wall-clock limit applies.
 */
public final class LocalCodeRunner implements CodeRunner {

    private static final Duration GRACE = Duration.ofMillis(500);

    private final String python;
    private final Duration timeout;

    public LocalCodeRunner() {
        this("python3", Duration.ofSeconds(30));
    }

    public LocalCodeRunner(String python, Duration timeout) {
        this.python = python;
        this.timeout = timeout;
    }

    @Override
    public RunningCode start(CodeLanguage language, String source) throws IOException {
        Path folder = Files.createTempDirectory("processlab-tryit-");
        Path script = folder.resolve(language.fileName());
        Files.writeString(script, source, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        if (language == CodeLanguage.PYTHON) {
            command.addAll(List.of(python, "-u", script.getFileName().toString()));
        } else {
            command.addAll(List.of(javaBinary(), script.getFileName().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Recording recording = new Recording(language == CodeLanguage.PYTHON ? "Python" : "Java",
                Runtime.getRuntime().availableProcessors(), false);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("Could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
        return new LocalRun(process, recording, script, timeout);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static final class LocalRun implements RunningCode {

        private final Process process;
        private final Recording recording;
        private final Path script;
        private final CompletableFuture<Recording> finished = new CompletableFuture<>();
        private volatile boolean stopped;

        LocalRun(Process process, Recording recording, Path script, Duration timeout) {
            this.process = process;
            this.recording = recording;
            this.script = script;
            long pid = process.pid();
            recording.processStarted(pid, ProcessHandle.current().pid(), String.join(" ",
                    process.info().commandLine().orElse(script.getFileName().toString())), recording.now());
            recording.setProcessRole(pid, "main");
            Thread out = reader(process.getInputStream(), false, "tryit-stdout-" + pid);
            Thread err = reader(process.getErrorStream(), true, "tryit-stderr-" + pid);
            Thread waiter = new Thread(() -> waitForEnd(timeout, out, err), "tryit-wait-" + pid);
            waiter.setDaemon(true);
            waiter.start();
        }

        private Thread reader(InputStream stream, boolean stderr, String name) {
            Thread thread = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        recording.addOutput(process.pid(), recording.now(), stderr, line);
                    }
                } catch (IOException closed) {
                    // the stream closes when the process is killed; nothing more to read
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        private void waitForEnd(Duration timeout, Thread out, Thread err) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    recording.addNotice("Stopped after " + timeout.toSeconds() + " s: the time limit for a run.");
                    stop();
                    process.waitFor();
                }
                // Descendants may hold the pipes open; do not wait for them forever.
                out.join(2_000);
                err.join(2_000);
                int code = process.exitValue();
                recording.processEnded(process.pid(), recording.now(), OptionalInt.of(code >= 128 + 1 && stopped
                        ? -(code - 128) : code));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                recording.finish(recording.now());
                deleteQuietly();
                finished.complete(recording);
            }
        }

        private void deleteQuietly() {
            try {
                Files.deleteIfExists(script);
                Files.deleteIfExists(script.getParent());
            } catch (IOException leftBehind) {
                // a temp folder the OS cleans up later
            }
        }

        @Override
        public Recording recording() {
            return recording;
        }

        @Override
        public String scriptName() {
            return script.getFileName().toString();
        }

        @Override
        public CompletableFuture<Recording> finished() {
            return finished;
        }

        @Override
        public void stop() {
            if (!process.isAlive() || stopped) {
                return;
            }
            stopped = true;
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.forEach(ProcessHandle::destroy);
            process.destroy();
            Thread killer = new Thread(() -> {
                try {
                    process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception notYet) {
                    process.destroyForcibly();
                }
                tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            }, "tryit-kill-" + process.pid());
            killer.setDaemon(true);
            killer.start();
        }
    }
}
