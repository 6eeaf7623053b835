package processlab.run;

import java.time.Duration;
import java.util.stream.Collectors;
import processlab.run.spec.RunLimits;
import processlab.run.spec.RunSpec;

/**
 * Stands in for the app in {@link KilledAppTest}: starts a run of sleeping Python processes, prints the
 * pids of its tree, then waits to be killed.
 */
public final class KillableApp {

    private KillableApp() {}

    /** With no argument, three sleeping children; with a pid file, also a setsid() child and a double-forked daemon. */
    public static void main(String[] args) throws Exception {
        boolean escapes = args.length > 0;
        String code = String.join(
                "\n",
                "import multiprocessing, os, sys, time",
                "def nap():",
                "    time.sleep(120)",
                "def hide(double):",
                "    if os.fork() == 0:",
                "        os.setsid()",
                "        if not double or os.fork() == 0:",
                "            with open(sys.argv[1], 'a') as f: f.write('%d\\n' % os.getpid())",
                "            time.sleep(120)",
                "        os._exit(0)",
                "if __name__ == '__main__':",
                "    ps = [multiprocessing.Process(target=nap) for _ in range(3)]",
                "    for p in ps: p.start()",
                "    if len(sys.argv) > 1:",
                "        hide(False)",
                "        hide(True)",
                "    for p in ps: p.join()");
        RunLimits limits = RunLimits.withTimeout(Duration.ofMinutes(2));
        RunSpec spec;
        if (escapes) {
            java.nio.file.Path script = java.nio.file.Files.createTempFile("killable", ".py");
            java.nio.file.Files.writeString(script, code);
            spec = new RunSpec.Program(
                    java.util.List.of(processlab.run.observe.PythonChild.executable(), script.toString(), args[0]),
                    limits);
        } else {
            spec = new RunSpec.PythonSource(code, "sleepers", limits);
        }
        RunSession session = RunSession.start(spec, TestRuns.environment().withMonitors(RunMonitor.NONE));
        Waits.until(
                Duration.ofSeconds(30),
                () -> ProcessHandle.of(session.pid()).orElseThrow().children().count() >= 3,
                () -> "no children");
        if (escapes) {
            new Escapees(java.nio.file.Path.of(args[0])).awaitCount(2);
        }
        String pids = ProcessHandle.of(session.pid())
                .orElseThrow()
                .descendants()
                .map(p -> Long.toString(p.pid()))
                .collect(Collectors.joining(" "));
        System.out.println("PIDS " + session.pid() + " " + pids + " "
                + TestRuns.HOST.guardian().pid());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
