package processlab.run.process;

import com.sun.jna.Native;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.BaseTSD;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * A Windows job object holding one run: every process the run starts joins it, {@link #end()} ends them all at
 * once, and when the app dies in any way Windows closes the app's handle to the job and, as it was made with
 * kill-on-close, ends every process still in it. The job also gives the run's processes a below-normal priority
 * class, so the app's window keeps drawing while the run uses every core.
 *
 * <p>Windows only (kernel32 through JNA); written from the Win32 documentation and not yet run (see README).
 */
public final class WindowsJob implements AutoCloseable {

    private static final int JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9;
    private static final int JOB_OBJECT_LIMIT_PRIORITY_CLASS = 0x0000_0020;
    private static final int JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x0000_2000;
    private static final int BELOW_NORMAL_PRIORITY_CLASS = 0x0000_4000;
    /** The exit code the run's processes get when the job ends them (as TerminateProcess gives 1). */
    private static final int ENDED = 1;

    /** The job calls the platform library of jna-platform (5.x) does not have. */
    private interface Jobs extends StdCallLibrary {
        Jobs KERNEL32 = Native.load("kernel32", Jobs.class, W32APIOptions.DEFAULT_OPTIONS);

        WinNT.HANDLE CreateJobObject(WinBase.SECURITY_ATTRIBUTES attributes, String name);

        boolean SetInformationJobObject(WinNT.HANDLE job, int infoClass, ExtendedLimits info, int length);

        boolean AssignProcessToJobObject(WinNT.HANDLE job, WinNT.HANDLE process);

        boolean TerminateJobObject(WinNT.HANDLE job, int exitCode);
    }

    /** JOBOBJECT_BASIC_LIMIT_INFORMATION; JNA lays the fields out with the platform's alignment. */
    @Structure.FieldOrder({
        "perProcessUserTimeLimit",
        "perJobUserTimeLimit",
        "limitFlags",
        "minimumWorkingSetSize",
        "maximumWorkingSetSize",
        "activeProcessLimit",
        "affinity",
        "priorityClass",
        "schedulingClass"
    })
    public static final class BasicLimits extends Structure {
        public long perProcessUserTimeLimit;
        public long perJobUserTimeLimit;
        public int limitFlags;
        public BaseTSD.SIZE_T minimumWorkingSetSize = new BaseTSD.SIZE_T();
        public BaseTSD.SIZE_T maximumWorkingSetSize = new BaseTSD.SIZE_T();
        public int activeProcessLimit;
        public BaseTSD.ULONG_PTR affinity = new BaseTSD.ULONG_PTR();
        public int priorityClass;
        public int schedulingClass;
    }

    /** IO_COUNTERS: read by Windows, unused here. */
    @Structure.FieldOrder({"reads", "writes", "others", "readBytes", "writeBytes", "otherBytes"})
    public static final class IoCounters extends Structure {
        public long reads;
        public long writes;
        public long others;
        public long readBytes;
        public long writeBytes;
        public long otherBytes;
    }

    /** JOBOBJECT_EXTENDED_LIMIT_INFORMATION: where kill-on-close is set. */
    @Structure.FieldOrder({
        "basic",
        "io",
        "processMemoryLimit",
        "jobMemoryLimit",
        "peakProcessMemoryUsed",
        "peakJobMemoryUsed"
    })
    public static final class ExtendedLimits extends Structure {
        public BasicLimits basic = new BasicLimits();
        public IoCounters io = new IoCounters();
        public BaseTSD.SIZE_T processMemoryLimit = new BaseTSD.SIZE_T();
        public BaseTSD.SIZE_T jobMemoryLimit = new BaseTSD.SIZE_T();
        public BaseTSD.SIZE_T peakProcessMemoryUsed = new BaseTSD.SIZE_T();
        public BaseTSD.SIZE_T peakJobMemoryUsed = new BaseTSD.SIZE_T();
    }

    private final WinNT.HANDLE job;

    private WindowsJob(WinNT.HANDLE job) {
        this.job = job;
    }

    /** A new job that ends its processes when its last handle closes; fails with the Windows error. */
    public static WindowsJob create() {
        WinNT.HANDLE job = Jobs.KERNEL32.CreateJobObject(null, null);
        if (job == null) {
            throw new IllegalStateException("CreateJobObject failed: error " + Native.getLastError());
        }
        ExtendedLimits limits = new ExtendedLimits();
        limits.basic.limitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_PRIORITY_CLASS;
        limits.basic.priorityClass = BELOW_NORMAL_PRIORITY_CLASS;
        limits.write();
        if (!Jobs.KERNEL32.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, limits, limits.size())) {
            int error = Native.getLastError();
            Kernel32.INSTANCE.CloseHandle(job);
            throw new IllegalStateException("SetInformationJobObject failed: error " + error);
        }
        return new WindowsJob(job);
    }

    /**
     * Puts a process into the job; what it starts from then on joins too. A process it started before this call
     * does not (Python takes tens of milliseconds to start before it can start anything).
     */
    public void add(long pid) {
        WinNT.HANDLE process =
                Kernel32.INSTANCE.OpenProcess(WinNT.PROCESS_SET_QUOTA | WinNT.PROCESS_TERMINATE, false, (int) pid);
        if (process == null) {
            throw new IllegalStateException("OpenProcess(" + pid + ") failed: error " + Native.getLastError());
        }
        try {
            if (!Jobs.KERNEL32.AssignProcessToJobObject(job, process)) {
                throw new IllegalStateException("AssignProcessToJobObject failed: error " + Native.getLastError());
            }
        } finally {
            Kernel32.INSTANCE.CloseHandle(process);
        }
    }

    /** Ends every process in the job at once (Windows has no gentler signal for a whole tree). */
    public void end() {
        Jobs.KERNEL32.TerminateJobObject(job, ENDED);
    }

    /** Closes the app's handle: with kill-on-close, whatever is still in the job ends too. */
    @Override
    public void close() {
        Kernel32.INSTANCE.CloseHandle(job);
    }
}
