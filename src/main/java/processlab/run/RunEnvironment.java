package processlab.run;

import processlab.run.python.PythonLocator;

/**
 * What runs need from the app: the host that owns them, the Python setting, the monitors that observe a run, and
 * the console a run is attached to, if any.
 *
 * @param host          the runs' owner: ends them all on close, and if the app dies
 * @param pythonSetting the interpreter chosen in the settings, or null to look it up
 * @param monitors      started for every run once its root process exists
 * @param console       the terminal a run reads its input from and copies its output to ({@code trace}), or null:
 *                      then its input is empty and its output goes only into the Recording
 */
public record RunEnvironment(RunHost host, String pythonSetting, RunMonitor.Factory monitors, RunConsole console) {

    /** Runs owned by {@code host}: no Python setting; the OS observer and core-load sampler; no console. */
    public static RunEnvironment of(RunHost host) {
        return new RunEnvironment(host, null, RunMonitors.standard(), null);
    }

    public RunEnvironment withPython(String setting) {
        return new RunEnvironment(host, setting, monitors, console);
    }

    public RunEnvironment withMonitors(RunMonitor.Factory factory) {
        return new RunEnvironment(host, pythonSetting, factory, console);
    }

    public RunEnvironment withConsole(RunConsole attached) {
        return new RunEnvironment(host, pythonSetting, monitors, attached);
    }

    /** Finds the interpreter these runs use; a probe it starts is ended by the host's guardian if the app dies. */
    public PythonLocator pythonLocator() {
        return new PythonLocator(pythonSetting).guardedBy(host.guardian());
    }
}
