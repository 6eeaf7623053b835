package processlab.run;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import processlab.recording.Recording;

/**
 * Lets the app give memory back to the system once a run is over. A run that floods its output makes the JVM
 * allocate fast, and G1 then grows its young generation (and the memory the app holds) far past what stays live;
 * left alone, it keeps all of it for as long as the app is open, since only a full or a concurrent collection
 * shrinks the heap and an idle app with little live data never starts one. With G1's periodic collection (JEP 346)
 * a concurrent collection runs when there was none for {@link #INTERVAL_MS}, and it shrinks the heap to leave at
 * most {@link #MAX_FREE_PERCENT} % of it free (the JVM's default, 70 %, kept about twice the live data). In
 * {@code bench}'s 60 s flood the app went from 112 MB resident to a peak of about 480 MB, then back to about 165 MB;
 * without the periodic collection it stayed at its peak, and with the default ratio it kept about 200 MB. The idle
 * app pays a pause of about 10 ms every interval.
 *
 * <p>Set when the first run that flooded its output ({@link #FLOOD_BYTES} or more) ends, not before: a tight heap
 * collects more often, and an ordinary lesson (whose demos are measured, frame by frame) should run as it always
 * did. Reaching the options also loads the management classes (tens of milliseconds). An option the user set is
 * kept.
 */
public final class IdleHeap {

    public static final long INTERVAL_MS = 10_000;
    static final int MAX_FREE_PERCENT = 40;
    /** Output that makes a run a flood: a lesson's programs write kilobytes. */
    static final long FLOOD_BYTES = 8L << 20;

    private static final System.Logger LOG = System.getLogger(IdleHeap.class.getName());
    private static final AtomicBoolean ASKED = new AtomicBoolean();

    private IdleHeap() {}

    /** After a run that flooded its output, once per app: from then on an idle app returns its unused heap. */
    static void afterRun(Recording recording) {
        if (recording.outputBytes() < FLOOD_BYTES || !ASKED.compareAndSet(false, true)) {
            return;
        }
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot != null) {
                setUnlessGiven(hotspot, "G1PeriodicGCInterval", Long.toString(INTERVAL_MS));
                setUnlessGiven(hotspot, "MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT));
            }
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or a runtime without jdk.management: the app keeps its memory, as JVMs do by default.
            LOG.log(System.Logger.Level.DEBUG, "periodic heap collection not available", e);
        }
    }

    private static void setUnlessGiven(HotSpotDiagnosticMXBean hotspot, String option, String value) {
        if (hotspot.getVMOption(option).getOrigin() == VMOption.Origin.DEFAULT) {
            hotspot.setVMOption(option, value);
        }
    }
}
