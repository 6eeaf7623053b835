package processlab.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import processlab.run.python.PythonLocator;
import processlab.run.spec.RunException;

/**
 * Stands in for the app in {@link PythonProbeTest}: looks for Python where {@code PROCESSLAB_PYTHON} names one
 * that never answers, with a probe time limit longer than the test, and either waits to be killed ({@code kill})
 * or exits normally once the probe's processes have written their pids ({@code exit}).
 */
public final class HangingProbeApp {

    private HangingProbeApp() {}

    public static void main(String[] args) throws Exception {
        String interpreter = args[0];
        Path pids = Path.of(args[1]);
        PythonLocator locator = new PythonLocator(
                        null,
                        Map.of(PythonLocator.ENV_VARIABLE, interpreter, "PATH", System.getenv("PATH")),
                        Duration.ofMinutes(5))
                .guardedBy(TestRuns.HOST.guardian()); // as the app's runs look Python up
        Thread looking = new Thread(
                () -> {
                    try {
                        locator.locate(false);
                    } catch (RunException e) {
                        System.out.println(e.getMessage());
                    }
                },
                "hanging-probe-app-locate");
        looking.setDaemon(true);
        looking.start();
        if (args[2].equals("exit")) {
            Waits.until(
                    Duration.ofSeconds(30), () -> PythonProbeTest.pidsIn(pids).size() == 2, () -> "no pids");
            System.exit(0);
        }
        looking.join();
    }
}
