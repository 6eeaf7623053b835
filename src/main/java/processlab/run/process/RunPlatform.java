package processlab.run.process;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this machine offers runs, each found by asking the machine for it rather than by its name: how a run is held
 * together (the box, a Windows job object, a session of its own), how it is watched ({@code /proc} or OSHI), and
 * how the app makes room for it (its own autogroup, or the run's priority). Every difference between Linux, macOS
 * and Windows is decided here.
 *
 * <p>{@code -Dprocesslab.engine=portable} makes a Linux machine choose what macOS has: no box, no {@code /proc}
 * observer, no autogroup; a session made by a small bootstrap instead of the {@code setsid} program, and a lower
 * priority for the run. The test suite runs its Stop, close and kill tests that way too, so every change is proved
 * on the paths that cannot be run here.
 */
public final class RunPlatform {

    public static final String ENGINE_PROPERTY = "processlab.engine";

    private static final boolean PORTABLE = "portable".equals(System.getProperty(ENGINE_PROPERTY));
    private static final boolean PROC = Files.isReadable(Path.of("/proc/self/task"));

    private RunPlatform() {}

    /** Whether the portable engine was asked for on a machine that has more. */
    public static boolean portableForced() {
        return PORTABLE;
    }

    /**
     * Whether runs can be held in the box ({@code box.py}): it needs the kernel's child subreaper and {@code /proc}
     * to find what it holds, which only Linux has.
     */
    public static boolean offersBox() {
        return PROC && !PORTABLE && !"false".equals(System.getProperty("processlab.box"));
    }

    /**
     * Whether {@code /proc} tells what the app needs: each thread and the core it runs on (else OSHI observes, and
     * cores are not known), and the CPU of the app's reaped children (else a run's total is not known).
     */
    public static boolean offersProc() {
        return PROC && !PORTABLE;
    }

    /**
     * Whether the app steps back for a run, rather than the run stepping down: Linux's scheduler shares the CPU
     * between sessions (autogroups) first, so a run in a session of its own would not feel its own lower priority
     * against the app; the app lowers its own group and threads instead (found by their ids in {@code /proc}).
     * Elsewhere the run's priority is lowered, which the scheduler weighs against the app's threads directly.
     */
    public static boolean appStepsBack() {
        return PROC && !PORTABLE;
    }

    /** Whether a run can be put into a Windows job object that ends its whole tree (Windows only). */
    public static boolean offersJobObjects() {
        return !PORTABLE && com.sun.jna.Platform.isWindows();
    }

    /** How a run's first process gets a session (and process group) of its own here, if it can. */
    public static SessionStarter sessions() {
        return SessionStarter.CHOSEN;
    }
}
