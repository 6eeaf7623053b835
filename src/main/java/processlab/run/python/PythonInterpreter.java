package processlab.run.python;

/**
 * A Python interpreter found on this machine.
 *
 * @param executable        the path or command that starts it
 * @param major             version, e.g. 3
 * @param minor             version, e.g. 11
 * @param freeThreadedBuild built with free threading ({@code Py_GIL_DISABLED}, the {@code t} builds)
 * @param gilEnabled        whether the GIL is on when it runs ({@code sys._is_gil_enabled()}; true before 3.13)
 */
public record PythonInterpreter(
        String executable, int major, int minor, boolean freeThreadedBuild, boolean gilEnabled) {

    public String version() {
        return major + "." + minor;
    }

    public boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }

    /** For the screen: "Python 3.11" or "Python 3.14 free-threaded (GIL off)". */
    public String describe() {
        if (!freeThreadedBuild) {
            return "Python " + version();
        }
        return "Python " + version() + " free-threaded (GIL " + (gilEnabled ? "on" : "off") + ")";
    }
}
