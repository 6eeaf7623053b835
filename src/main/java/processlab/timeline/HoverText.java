package processlab.timeline;

import java.util.Optional;

/**
 * What the hover tooltip says about a point of a lane, one line each: whose lane it is (the process's pid and role,
 * the thread), what the thread was doing there (on which core, from when and for how long, or off the CPU) and the
 * task it was running at that moment. The task matters most when the thread waits: a sleeping pool task is still
 * the pool's task.
 */
final class HoverText {

    private HoverText() {}

    static Optional<String> describe(TimelineFrame frame, double x, double y) {
        if (x < frame.plotLeft() || y < frame.plotTop() || y > frame.plotBottom()) {
            return Optional.empty();
        }
        return frame.laneAt(y).map(lane -> describe(frame, lane, x));
    }

    private static String describe(TimelineFrame frame, TimelineFrame.Lane lane, double x) {
        StringBuilder text = new StringBuilder("pid ").append(lane.pid());
        if (!lane.process().isEmpty()) {
            text.append(" · ").append(lane.process());
        }
        text.append('\n').append(thread(lane)).append('\n').append(activity(frame, lane, x));
        taskAt(lane, x).ifPresent(task -> text.append('\n').append(task(task)));
        return text.toString();
    }

    /** The lane's own name when it says more than the thread's ("main thread", a role), then tid and OS name. */
    private static String thread(TimelineFrame.Lane lane) {
        String plain = "tid " + lane.tid() + " · " + lane.threadName();
        boolean saysMore =
                !lane.label().equals(lane.threadName()) && !lane.label().equals("thread " + lane.tid());
        return saysMore ? lane.label() + " · " + plain : plain;
    }

    private static String activity(TimelineFrame frame, TimelineFrame.Lane lane, double x) {
        for (TimelineFrame.CpuBlock block : lane.cpu()) {
            if (x >= block.x0() - 1 && x <= block.x1() + 1) {
                String core = block.core() < 0 ? "core unknown" : "core " + block.core();
                return core + " · start " + TimelineFrame.seconds(block.startNs()) + " · length "
                        + TimelineFrame.seconds(block.endNs() - block.startNs()) + " · "
                        + Math.round(block.busy() * 100) + "% on CPU";
            }
        }
        long at = frame.window().toTime(x, frame.plotLeft(), frame.plotWidth());
        return "waiting (off the CPU) at " + TimelineFrame.seconds(at);
    }

    /** The task under x; a bar narrower than a pixel still counts when the pointer is next to it. */
    private static Optional<TimelineFrame.TaskBar> taskAt(TimelineFrame.Lane lane, double x) {
        TimelineFrame.TaskBar near = null;
        for (TimelineFrame.TaskBar task : lane.tasks()) {
            if (x >= task.x0() && x <= task.x1()) {
                return Optional.of(task);
            }
            if (near == null && x >= task.x0() - 1 && x <= task.x1() + 1) {
                near = task;
            }
        }
        return Optional.ofNullable(near);
    }

    private static String task(TimelineFrame.TaskBar task) {
        String name = task.text().startsWith("task ") ? task.text() : "task " + task.text();
        String start = name + " · start " + TimelineFrame.seconds(task.startNs());
        return task.running()
                ? start + " · running"
                : start + " · length " + TimelineFrame.seconds(task.endNs() - task.startNs());
    }
}
