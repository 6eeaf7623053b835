package processlab.timeline;

/**
 * Paints a {@link TimelineFrame} in a {@link ChartPalette}. Type sizes are for a projector, near the lesson's 16-px
 * body text: lane and process names at 16 px, the lines under lane names, task names, marks and axis labels at 15 px.
 */
public final class TimelineDrawing {

    public static final double LABEL_SIZE = 16;
    public static final double SMALL_SIZE = 15;
    public static final double AXIS_SIZE = 15;
    /** A lane shows the line under its name (program and tid) from this height on. */
    static final double DETAIL_LANE_HEIGHT = 44;

    private static final double HEADER_TEXT_X = 8;

    private TimelineDrawing() {}

    /** In the light palette, as images for slides are drawn. */
    public static void draw(TimelineFrame frame, Surface g) {
        draw(frame, g, ChartPalette.LIGHT);
    }

    public static void draw(TimelineFrame frame, Surface g, ChartPalette p) {
        g.fillRect(0, 0, frame.width(), frame.height(), p.ground());
        double plotHeight = frame.plotBottom() - frame.plotTop();
        g.fillRect(0, frame.plotTop(), frame.plotLeft(), plotHeight, p.gutter());

        g.clip(0, frame.plotTop(), frame.width(), plotHeight);
        for (TimelineFrame.Tick tick : frame.ticks()) {
            g.line(tick.x(), frame.plotTop(), tick.x(), frame.plotBottom(), 1, p.grid());
        }
        for (TimelineFrame.ProcessHeader header : frame.headers()) {
            drawHeader(p, frame, header, g);
        }
        for (TimelineFrame.Lane lane : frame.lanes()) {
            drawLaneLabel(p, frame, lane, g);
        }
        // One clip for every lane's plot: each lane's blocks, waits and tasks stay inside its own rows, and a
        // clip per lane costs the canvas a saved state and a clip path each, a hundred times a frame.
        g.clip(frame.plotLeft(), frame.plotTop(), frame.plotWidth(), plotHeight);
        for (TimelineFrame.Lane lane : frame.lanes()) {
            drawLanePlot(p, lane, g);
        }
        g.unclip();
        for (TimelineFrame.ProcessHeader header : frame.headers()) {
            drawMarks(p, frame, header, g);
        }
        // Over the marks: the header's text may reach into the plot, where a start or exit line crosses its row.
        for (TimelineFrame.ProcessHeader header : frame.headers()) {
            drawHeaderText(p, frame, header, g);
        }
        if (frame.leftOut().any()) {
            drawLeftOut(p, frame, frame.leftOut(), g);
        }
        g.unclip();
        drawAxis(p, frame, g);
        if (frame.plotBottom() < frame.height()) {
            drawLegend(p, frame, g);
        }
        if (frame.lanes().isEmpty() && frame.headers().isEmpty()) {
            g.text(
                    "waiting for the first process…",
                    frame.plotLeft() + 12,
                    frame.plotTop() + 30,
                    LABEL_SIZE,
                    false,
                    p.textSoft());
        }
    }

    private static void drawHeader(ChartPalette p, TimelineFrame frame, TimelineFrame.ProcessHeader header, Surface g) {
        g.fillRect(0, header.y(), frame.width(), header.height(), p.header());
        g.line(0, header.y(), frame.width(), header.y(), 1, p.headerLine());
    }

    /** The header's text on a plate of the header's colour, across the whole row if it needs it. */
    private static void drawHeaderText(
            ChartPalette p, TimelineFrame frame, TimelineFrame.ProcessHeader header, Surface g) {
        double right = headerTextRight(frame, header, g);
        g.fillRect(0, header.y() + 1, right, header.height() - 1, p.header());
        int color = header.failed() ? p.exitFailed() : p.text();
        g.clip(0, header.y(), frame.width() - 4, header.height());
        g.text(header.text(), HEADER_TEXT_X, header.y() + header.height() - 8, LABEL_SIZE, true, color);
        g.unclip();
    }

    /** The last row of a picture that had no room for every lane: how many were left out, across the whole row. */
    private static void drawLeftOut(ChartPalette p, TimelineFrame frame, TimelineFrame.LeftOut leftOut, Surface g) {
        g.fillRect(0, leftOut.y(), frame.width(), leftOut.height(), p.header());
        g.line(0, leftOut.y(), frame.width(), leftOut.y(), 1, p.headerLine());
        g.text(leftOut.text(), HEADER_TEXT_X, leftOut.y() + leftOut.height() - 8, LABEL_SIZE, true, p.text());
    }

    private static double headerTextRight(TimelineFrame frame, TimelineFrame.ProcessHeader header, Surface g) {
        return Math.min(frame.width(), HEADER_TEXT_X + g.textWidth(header.text(), LABEL_SIZE, true) + 8);
    }

    private static void drawLaneLabel(ChartPalette p, TimelineFrame frame, TimelineFrame.Lane lane, Surface g) {
        double top = lane.y();
        g.line(frame.plotLeft(), top + lane.height(), frame.width(), top + lane.height(), 1, p.laneLine());
        g.clip(0, top, frame.plotLeft() - 4, lane.height());
        boolean detail = lane.height() >= DETAIL_LANE_HEIGHT;
        double labelBase = detail ? top + LABEL_SIZE + 4 : top + lane.height() / 2 + 6;
        g.text(lane.label(), 18, labelBase, LABEL_SIZE, false, p.text());
        if (detail) {
            g.text(lane.detail(), 18, labelBase + SMALL_SIZE + 3, SMALL_SIZE, false, p.textSoft());
        }
        g.unclip();
    }

    private static void drawLanePlot(ChartPalette p, TimelineFrame.Lane lane, Surface g) {
        double top = lane.y();
        double cpuHeight = lane.height() * TimelineLayout.CPU_SHARE;
        double cpuBottom = top + cpuHeight;
        double waitY = cpuBottom - 2;
        for (TimelineFrame.WaitLine wait : lane.waits()) {
            g.line(wait.x0(), waitY, wait.x1(), waitY, 2, p.waiting());
        }
        for (TimelineFrame.CpuBlock block : lane.cpu()) {
            // Busy share shows twice: as height and as strength of colour, so a thread on the CPU a quarter of
            // the time (four threads sharing one GIL) reads as a pale half bar even on a thin lane.
            double busy = block.busy();
            double h = (cpuHeight - 3) * (0.45 + 0.55 * busy);
            int alpha = (int) Math.round(255 * (0.5 + 0.5 * busy));
            int argb = (alpha << 24) | (p.core(block.argb()) & 0xFFFFFF);
            g.fillRect(block.x0(), cpuBottom - h, block.x1() - block.x0(), h, argb);
        }
        double taskTop = cpuBottom + 2;
        double taskHeight = lane.height() - cpuHeight - 4;
        for (TimelineFrame.TaskBar task : lane.tasks()) {
            double w = Math.max(2, task.x1() - task.x0());
            g.fillRect(task.x0(), taskTop, w, taskHeight, p.taskFill());
            g.strokeRect(task.x0(), taskTop, w, taskHeight, 1.5, p.taskEdge());
            double size = Math.min(SMALL_SIZE, taskHeight - 2);
            // Drawn only when it fits the bar, so it needs no clip of its own.
            if (size >= 10 && g.textWidth(task.text(), size, true) + 8 <= w) {
                g.text(
                        task.text(),
                        task.x0() + 4,
                        taskTop + taskHeight - Math.max(2, (taskHeight - size) / 2) - 1,
                        size,
                        true,
                        p.taskEdge());
            }
        }
    }

    private static void drawMarks(ChartPalette p, TimelineFrame frame, TimelineFrame.ProcessHeader header, Surface g) {
        g.clip(frame.plotLeft(), frame.plotTop(), frame.plotWidth(), frame.plotBottom() - frame.plotTop());
        for (TimelineFrame.Mark mark : header.marks()) {
            int color = switch (mark.kind()) {
                case START -> p.start();
                case EXIT_OK -> p.exitOk();
                case EXIT_FAILED -> p.exitFailed();
                case EXIT_UNKNOWN -> p.textSoft();
            };
            double width = mark.kind() == TimelineFrame.MarkKind.EXIT_FAILED ? 3 : 2;
            g.line(mark.x(), header.y(), mark.x(), header.groupBottom(), width, color);
            if (mark.kind() != TimelineFrame.MarkKind.START) {
                double textWidth = g.textWidth(mark.text(), SMALL_SIZE, true);
                double x = mark.x() - textWidth - 4 < frame.plotLeft() ? mark.x() + 4 : mark.x() - textWidth - 4;
                // Where the header's own text lies, it already says how the process ended.
                if (x > headerTextRight(frame, header, g)) {
                    g.text(mark.text(), x, header.y() + header.height() - 9, SMALL_SIZE, true, color);
                }
            }
        }
        g.unclip();
    }

    private static void drawAxis(ChartPalette p, TimelineFrame frame, Surface g) {
        g.fillRect(0, 0, frame.width(), frame.plotTop(), p.ground());
        g.line(frame.plotLeft(), frame.plotTop() - 1, frame.width(), frame.plotTop() - 1, 1, p.textSoft());
        if (!frame.title().isEmpty()) {
            g.clip(0, 0, frame.plotLeft() - 4, frame.plotTop());
            g.text(frame.title(), 8, frame.plotTop() - 10, LABEL_SIZE + 2, true, p.text());
            g.unclip();
        }
        g.clip(frame.plotLeft(), 0, frame.plotWidth(), frame.plotTop());
        for (TimelineFrame.Tick tick : frame.ticks()) {
            g.line(tick.x(), frame.plotTop() - 7, tick.x(), frame.plotTop() - 1, 1.5, p.textSoft());
            if (tick.x() + 3 + g.textWidth(tick.label(), AXIS_SIZE, false) > frame.width()) {
                continue;
            }
            g.text(tick.label(), tick.x() + 3, frame.plotTop() - 11, AXIS_SIZE, false, p.text());
        }
        g.unclip();
    }

    private static void drawLegend(ChartPalette p, TimelineFrame frame, Surface g) {
        double top = frame.plotBottom();
        g.fillRect(0, top, frame.width(), frame.height() - top, p.ground());
        g.line(0, top, frame.width(), top, 1, p.grid());
        double x = 8;
        double base = top + 24;
        for (TimelineFrame.LegendEntry entry : frame.legend()) {
            switch (entry.kind()) {
                case CORE -> g.fillRect(x, base - 13, 22, 14, p.core(entry.argb()));
                case WAITING -> g.line(x, base - 5, x + 22, base - 5, 2, p.waiting());
                case TASK -> {
                    g.fillRect(x, base - 13, 22, 14, p.taskFill());
                    g.strokeRect(x, base - 13, 22, 14, 1.5, p.taskEdge());
                }
            }
            x += 27;
            g.text(entry.text(), x, base, AXIS_SIZE, false, p.text());
            x += g.textWidth(entry.text(), AXIS_SIZE, false) + 16;
        }
        if (!frame.legendNote().isEmpty()) {
            g.text("(" + frame.legendNote() + ")", x, base, AXIS_SIZE, false, p.textSoft());
        }
    }
}
