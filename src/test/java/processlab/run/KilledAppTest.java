package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import processlab.run.process.RunPlatform;

/** An app killed with SIGKILL leaves no process of its runs behind. */
@Timeout(90)
class KilledAppTest {

    @Test
    void killedAppLeavesNoProcessOfItsRunAlive() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(TestRuns.childJvm(KillableApp.class, List.of()));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process app = builder.start();
        List<Long> pids;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("PIDS "), "app said: " + line);
            pids = Arrays.stream(line.substring(5).trim().split(" "))
                    .map(Long::parseLong)
                    .collect(Collectors.toList());
        }
        assertTrue(
                pids.size() >= 5, "main, three children (and the forkserver where it is used), the guardian: " + pids);
        assertTrue(pids.stream().allMatch(Waits::running), "all running before the kill");

        app.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup code of the app runs
        assertTrue(app.waitFor(10, TimeUnit.SECONDS));

        Waits.until(
                Duration.ofSeconds(5),
                () -> pids.stream().noneMatch(Waits::running),
                () -> "still running: " + pids.stream().filter(Waits::running).collect(Collectors.toList()));
    }

    /** A setsid() child and a double-forked daemon left the run's group: the box still ends them. */
    @Test
    void killedAppLeavesNoProcessThatLeftTheRunsGroup(@TempDir Path dir) throws Exception {
        assumeTrue(RunPlatform.offersBox(), "the run box is Linux's");
        Escapees escapees = new Escapees(dir.resolve("pids"));
        try {
            Process app = startApp(List.of(escapees.pidFile().toString()));
            assertEquals(2, escapees.pids().size(), "two hidden processes: " + escapees.pids());
            assertTrue(escapees.stillRunning().size() == 2, "both running before the kill");

            app.destroyForcibly();
            assertTrue(app.waitFor(10, TimeUnit.SECONDS));

            Waits.until(
                    Duration.ofSeconds(5),
                    () -> escapees.stillRunning().isEmpty(),
                    () -> "still running: " + escapees.stillRunning());
        } finally {
            escapees.killAll();
        }
    }

    private static Process startApp(List<String> args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(TestRuns.childJvm(KillableApp.class, args));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process app = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("PIDS "), "app said: " + line);
        return app;
    }
}
