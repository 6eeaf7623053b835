package processlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import processlab.util.OperatingSystem;

/**
 * The run wins the CPU: it starts at the app's own priority in a scheduling group of its own, and while it is live
 * the app's group steps back; afterwards the app's group is as it was. All read back from the OS. Where this JVM
 * has no autogroup of its own (CI's may sit in a container's root group), the scenarios run in a child JVM that
 * leads a session of its own, as an app started from a desktop or a terminal does.
 */
@Timeout(90)
class RunPriorityTest {

    @Test
    void theAppStepsBackWhileARunIsLiveAndTheRunKeepsItsPriority() throws Exception {
        if (RunPriorityScenarios.inAnAutogroupOfItsOwn()) {
            RunPriorityScenarios.theAppStepsBackWhileARunIsLiveAndTheRunKeepsItsPriority();
        } else {
            inAJvmLeadingItsOwnSession("stepsBack");
        }
    }

    @Test
    void theAppTakesItsPlaceBackWhenItsObserversFallBehind() throws Exception {
        if (RunPriorityScenarios.inAnAutogroupOfItsOwn()) {
            RunPriorityScenarios.theAppTakesItsPlaceBackWhenItsObserversFallBehind();
        } else {
            inAJvmLeadingItsOwnSession("fallsBehind");
        }
    }

    @Test
    void inTheRootGroupTheAppDoesNotTryToStepBack() throws Exception {
        assumeTrue(
                OperatingSystem.isLinux() && !RunPriorityScenarios.inAnAutogroupOfItsOwn(), "a JVM in the root group");
        assertEquals(false, RunPriority.canStepBack(), "the root group cannot be lowered");
    }

    private static void inAJvmLeadingItsOwnSession(String scenario) throws IOException, InterruptedException {
        assumeTrue(OperatingSystem.isLinux() && Files.isExecutable(Path.of("/usr/bin/setsid")), "Linux with setsid");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("run-priority-", ".log");
        Process child = new ProcessBuilder(List.of(
                        "/usr/bin/setsid",
                        "--wait",
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunPriorityScenarios.class.getName(),
                        scenario))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            boolean ended = child.waitFor(60, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(true, ended, "the child JVM did not end: " + output);
            assertEquals(0, child.exitValue(), "in a JVM leading its own session: " + output);
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
