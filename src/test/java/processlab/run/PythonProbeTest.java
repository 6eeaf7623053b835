package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.python.PythonLocator;
import processlab.run.spec.Launch;
import processlab.run.spec.RunException;
import processlab.run.spec.RunKind;
import processlab.run.spec.RunSpec;
import processlab.run.spec.Workload;
import processlab.worker.JvmCommand;

/**
 * Asking an interpreter its version: one that hangs, one too old, and the app ending while one is asked. A probe
 * that hangs blocks its thread in a read, so the time limit runs the test on a thread of its own.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PythonProbeTest {

    @TempDir
    Path dir;

    /** A "python" that never answers: it writes its pid and its child's, then waits for the child forever. */
    private Path hangingPython() throws IOException {
        return script(
                "hang",
                "echo $$ >> " + dir.resolve("pids"),
                "sleep 1000 &",
                "echo $! >> " + dir.resolve("pids"),
                "wait");
    }

    /** Python 2 as the probe meets it: the probe program fails, and --version answers on stderr. */
    private Path python27() throws IOException {
        return script(
                "python2.7",
                "if [ \"$1\" = \"--version\" ]; then echo 'Python 2.7.18' >&2; exit 0; fi",
                "echo '  File \"<string>\", line 1' >&2",
                "echo 'SyntaxError: invalid syntax' >&2",
                "exit 1");
    }

    private Path script(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    static List<Long> pidsIn(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .map(Long::parseLong)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, String> env(Path python) {
        return Map.of(PythonLocator.ENV_VARIABLE, python.toString(), "PATH", System.getenv("PATH"));
    }

    @Test
    void aHangingInterpreterIsStoppedWithItsChildrenAndTheMessageSaysHowToFixIt() throws Exception {
        Path hang = hangingPython();
        long started = System.nanoTime();
        RunException e = assertThrows(
                RunException.class, () -> new PythonLocator(null, env(hang), Duration.ofSeconds(1)).locate(false));
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMs < 8_000, "gave up after " + tookMs + " ms");
        assertTrue(
                e.getMessage().startsWith(hang + " (from PROCESSLAB_PYTHON) did not answer within 1 s"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(
                                "Set PROCESSLAB_PYTHON to a Python 3.8 or newer interpreter, or install " + "python3"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Java demos still work"), e.getMessage());
        List<Long> pids = pidsIn(dir.resolve("pids"));
        assertEquals(2, pids.size(), "the script and its sleep: " + pids);
        Waits.until(
                Duration.ofSeconds(5),
                () -> pids.stream().noneMatch(Waits::running),
                () -> "still running: " + pids.stream().filter(Waits::running).collect(Collectors.toList()));
    }

    @Test
    void javaRunsDoNotAskAHangingPythonSetting() throws Exception {
        RunEnvironment hanging =
                TestRuns.environment().withPython(hangingPython().toString());
        Launch launch = Launches.plan(
                RunSpec.Demo.of(RunKind.JAVA_THREADS, 1, 1, Workload.SLEEP, 1), hanging, dir, dir.resolve("events"));
        assertTrue(launch.description().startsWith("Java"), launch.description());
        assertTrue(pidsIn(dir.resolve("pids")).isEmpty(), "the Python setting was not even asked");
    }

    @Test
    void python27IsNamedWithItsVersion() throws Exception {
        Path old = python27();
        RunException fromEnv = assertThrows(RunException.class, () -> new PythonLocator(null, env(old)).locate(false));
        assertTrue(
                fromEnv.getMessage()
                        .startsWith(old + " (from PROCESSLAB_PYTHON) is Python 2.7; ProcessLab "
                                + "needs 3.8 or newer. Set PROCESSLAB_PYTHON to a Python 3.8 or newer"),
                fromEnv.getMessage());

        RunException fromSetting = assertThrows(
                RunException.class,
                () -> RunSession.start(
                        RunSpec.PythonSource.of("print(1)"),
                        TestRuns.environment().withPython(old.toString())));
        assertTrue(
                fromSetting
                        .getMessage()
                        .startsWith(old + " (the Python setting) is Python 2.7; ProcessLab needs "
                                + "3.8 or newer. Choose a Python 3.8 or newer interpreter in the settings"),
                fromSetting.getMessage());

        RunException forSubinterpreters = assertThrows(
                RunException.class, () -> new PythonLocator(null, env(old)).locateAtLeast(3, 14, "subinterpreters"));
        assertTrue(
                forSubinterpreters.getMessage().contains("(only Python 2.7 (" + old + "))"),
                forSubinterpreters.getMessage());
    }

    @Test
    void somethingThatIsNoPythonIsToldApart() throws Exception {
        Path shell = script("not-python", "echo 'I am a shell script'", "exit 3");
        RunException e = assertThrows(RunException.class, () -> new PythonLocator(null, env(shell)).locate(false));
        assertTrue(
                e.getMessage()
                        .startsWith(shell + " (from PROCESSLAB_PYTHON) does not run as Python (it said: I am "
                                + "a shell script). " + PythonLocator.NOT_FOUND),
                e.getMessage());
    }

    @Test
    void aProbeDoesNotOutliveAnAppKilledWithSigkill() throws Exception {
        probeOutlivesNoApp("kill");
    }

    @Test
    void aProbeDoesNotOutliveAnAppThatExits() throws Exception {
        probeOutlivesNoApp("exit");
    }

    private void probeOutlivesNoApp(String howTheAppEnds) throws Exception {
        Path pidsFile = dir.resolve("pids");
        Process app = new ProcessBuilder(JvmCommand.forMain(
                        HangingProbeApp.class, List.of(hangingPython().toString(), pidsFile.toString(), howTheAppEnds)))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile())
                .start();
        try {
            Waits.until(Duration.ofSeconds(30), () -> pidsIn(pidsFile).size() == 2, () -> "the probe did not start");
            List<Long> pids = pidsIn(pidsFile);
            assertTrue(pids.stream().allMatch(Waits::running), "probing");
            if (howTheAppEnds.equals("kill")) {
                app.destroyForcibly(); // SIGKILL: no code of the app runs
            }
            assertTrue(app.waitFor(20, TimeUnit.SECONDS), "the app ended");
            Waits.until(
                    Duration.ofSeconds(5),
                    () -> pids.stream().noneMatch(Waits::running),
                    () -> "outlived the app: "
                            + pids.stream().filter(Waits::running).collect(Collectors.toList()));
        } finally {
            app.destroyForcibly();
            pidsIn(pidsFile).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }
}
