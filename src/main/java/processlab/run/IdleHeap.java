package processlab.run;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * Lets the app give memory back to the system once a run is over. A run that floods its output makes the JVM
 * allocate fast, and G1 then grows its young generation (and the memory the app holds) far past what stays live;
 * left alone, it keeps all of it for as long as the app is open, since only a full or a concurrent collection
 * shrinks the heap and an idle app with little live data never starts one. With G1's periodic collection (JEP 346)
 * a collection runs when there was none for {@link #INTERVAL_MS}, and it returns the unused heap.
 *
 * <p>Set at the end of the first run rather than at start-up: reaching the option loads the management classes
 * (tens of milliseconds), which the first frame should not wait for. An interval the user set is kept.
 */
public final class IdleHeap {

    public static final long INTERVAL_MS = 10_000;
    private static final String OPTION = "G1PeriodicGCInterval";
    private static final System.Logger LOG = System.getLogger(IdleHeap.class.getName());
    private static final AtomicBoolean ASKED = new AtomicBoolean();

    private IdleHeap() {
    }

    /** Once per app: from now on an idle app returns its unused heap within about two intervals. */
    static void giveBackWhenIdle() {
        if (!ASKED.compareAndSet(false, true)) {
            return;
        }
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot != null && hotspot.getVMOption(OPTION).getOrigin() == VMOption.Origin.DEFAULT) {
                hotspot.setVMOption(OPTION, Long.toString(INTERVAL_MS));
            }
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or a runtime without jdk.management: the app keeps its memory, as JVMs do by default.
            LOG.log(System.Logger.Level.DEBUG, "periodic heap collection not available", e);
        }
    }
}
