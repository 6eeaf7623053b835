package processlab.run;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Stands in for the app in {@link KilledAppTest}: starts a run of sleeping Python processes, prints the
 * pids of its tree, then waits to be killed.
 */
public final class KillableApp {

    private KillableApp() {
    }

    public static void main(String[] args) throws Exception {
        String code = String.join("\n",
                "import multiprocessing, time",
                "def nap():",
                "    time.sleep(120)",
                "if __name__ == '__main__':",
                "    ps = [multiprocessing.Process(target=nap) for _ in range(3)]",
                "    for p in ps: p.start()",
                "    for p in ps: p.join()");
        RunSession session = RunSession.start(new RunSpec.PythonSource(code, "sleepers",
                RunLimits.withTimeout(Duration.ofMinutes(2))), RunEnvironment.defaults().withMonitors(RunMonitor.NONE));
        Waits.until(Duration.ofSeconds(30), () -> session.recording().tasks().size() == 3, () -> "no tasks");
        String pids = ProcessHandle.of(session.pid()).orElseThrow().descendants()
                .map(p -> Long.toString(p.pid())).collect(Collectors.joining(" "));
        System.out.println("PIDS " + session.pid() + " " + pids + " " + Guardian.get().pid());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
