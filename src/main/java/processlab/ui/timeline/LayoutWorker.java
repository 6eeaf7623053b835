package processlab.ui.timeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import processlab.recording.Recording;
import processlab.timeline.TimeWindow;
import processlab.timeline.TimelineFrame;
import processlab.timeline.TimelineLayout;
import processlab.timeline.TimelineOptions;
import processlab.util.DaemonThreads;

/**
 * Lays out one timeline off the JavaFX thread, so that walking thousands of samples never delays a frame: the
 * FX thread asks, a named daemon thread computes, and the FX thread draws the newest finished frame on a later
 * pulse (as OpenJFX's MandelbrotSet copies a buffer that workers fill). One layout runs at a time; requests
 * made meanwhile collapse into the newest. The thread ends after a few idle seconds, or on {@link #shutdown()}.
 */
final class LayoutWorker {

    private static final System.Logger LOG = System.getLogger(LayoutWorker.class.getName());
    private static final AtomicInteger IDS = new AtomicInteger();

    /** What to lay out: everything the layout reads, captured on the FX thread. */
    record Request(
            Recording recording,
            TimeWindow window,
            double width,
            double height,
            boolean showAllThreads,
            String title,
            double scrollY) {}

    /**
     * A finished layout.
     *
     * @param maxScroll     how far the lanes can scroll at this size
     * @param naturalHeight the height that would show every lane at the default lane height
     */
    record Result(Request request, TimelineFrame frame, double maxScroll, double naturalHeight, long nanos) {}

    private final ExecutorService executor;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Result latest;
    private Request waiting;

    LayoutWorker() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                1,
                1,
                3,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                DaemonThreads.named("processlab-timeline-layout-" + IDS.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
    }

    /** FX thread: asks for a layout; replaces any request still waiting. */
    void request(Request request) {
        waiting = request;
        pump();
    }

    /** FX thread, once a frame: starts the waiting request if the worker is free; returns the newest result. */
    Result poll() {
        pump();
        return latest;
    }

    void shutdown() {
        executor.shutdownNow();
    }

    private void pump() {
        if (waiting == null || executor.isShutdown() || !busy.compareAndSet(false, true)) {
            return;
        }
        Request request = waiting;
        waiting = null;
        executor.execute(() -> {
            try {
                latest = compute(request);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "timeline layout failed", e);
            } finally {
                busy.set(false);
            }
        });
    }

    static Result compute(Request request) {
        long began = System.nanoTime();
        Recording recording = request.recording();
        double plotHeight = request.height() - TimelineLayout.AXIS_HEIGHT - TimelineLayout.LEGEND_HEIGHT;
        TimelineOptions base = new TimelineOptions(
                request.showAllThreads(), TimelineOptions.DEFAULT_LANE_HEIGHT, 0, true, request.title(), false);
        TimelineLayout.Shown shown = TimelineLayout.countShown(recording, base);
        double natural = TimelineLayout.AXIS_HEIGHT
                + TimelineLayout.LEGEND_HEIGHT
                + 4
                + shown.contentHeight(TimelineOptions.DEFAULT_LANE_HEIGHT);
        TimelineOptions options = base.withLaneHeight(TimelineLayout.fittingLaneHeight(shown, plotHeight));
        double maxScroll = Math.max(0, shown.contentHeight(options.laneHeight()) - plotHeight);
        options = options.withScrollY(Math.min(request.scrollY(), maxScroll));
        TimelineFrame frame =
                TimelineLayout.layout(recording, request.window(), request.width(), request.height(), options);
        return new Result(request, frame, maxScroll, natural, System.nanoTime() - began);
    }
}
