package processlab.run;

/**
 * What runs need from the app: the Python setting, the monitors that observe a run, and the console a run is
 * attached to, if any.
 *
 * @param pythonSetting the interpreter chosen in the settings, or null to look it up
 * @param monitors      started for every run once its root process exists
 * @param console       the terminal a run reads its input from and copies its output to ({@code trace}), or null:
 *                      then its input is empty and its output goes only into the Recording
 */
public record RunEnvironment(String pythonSetting, RunMonitor.Factory monitors, RunConsole console) {

    /** No Python setting; the OS observer and core-load sampler; no console. */
    public static RunEnvironment defaults() {
        return new RunEnvironment(null, RunMonitors.standard(), null);
    }

    public RunEnvironment withPython(String setting) {
        return new RunEnvironment(setting, monitors, console);
    }

    public RunEnvironment withMonitors(RunMonitor.Factory factory) {
        return new RunEnvironment(pythonSetting, factory, console);
    }

    public RunEnvironment withConsole(RunConsole attached) {
        return new RunEnvironment(pythonSetting, monitors, attached);
    }
}
