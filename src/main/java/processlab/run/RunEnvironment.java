package processlab.run;

/**
 * What runs need from the app: the Python setting and the monitors that observe a run.
 *
 * @param pythonSetting the interpreter chosen in the settings, or null to look it up
 * @param monitors      started for every run once its root process exists
 */
public record RunEnvironment(String pythonSetting, RunMonitor.Factory monitors) {

    /** No Python setting; the OS observer and core-load sampler. */
    public static RunEnvironment defaults() {
        return new RunEnvironment(null, RunMonitors.standard());
    }

    public RunEnvironment withPython(String setting) {
        return new RunEnvironment(setting, monitors);
    }

    public RunEnvironment withMonitors(RunMonitor.Factory factory) {
        return new RunEnvironment(pythonSetting, factory);
    }
}
