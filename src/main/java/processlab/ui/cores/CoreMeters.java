package processlab.ui.cores;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import processlab.recording.AppendLog;
import processlab.recording.CoreLoadSample;
import processlab.recording.Recording;
import processlab.timeline.ChartPalette;
import processlab.timeline.CorePalette;
import processlab.ui.common.FrameTimer;
import processlab.ui.common.SharpCanvas;
import processlab.ui.timeline.ChartGround;
import processlab.ui.timeline.LiveCadence;

/**
 * One meter per logical core (current load as a bar in the core's timeline colour, and the last seconds as a
 * sparkline) and one for the whole machine. Redrawn once per frame from {@link Recording#coreLoad()}, only
 * when a new sample arrived. Drawn in the timeline's colours, which follow the ground its stylesheet gives it
 * (see {@link ChartGround}).
 */
public final class CoreMeters extends Region {

    /** Samples in a sparkline: about three seconds at the engine's 20 Hz. */
    static final int HISTORY = 60;

    static final double ROW_HEIGHT = 26;
    private static final double LABEL_WIDTH = 96;
    private static final double PERCENT_WIDTH = 56;

    private final SharpCanvas canvas = new SharpCanvas();
    private final ObjectProperty<Recording> recording = new SimpleObjectProperty<>(this, "recording");
    private final AnimationTimer timer;
    private final Font label = Font.font("System", FontWeight.NORMAL, 15);
    private final Font bold = Font.font("System", FontWeight.BOLD, 15);
    private Recording drawn;
    private int drawnSamples = -1;
    private long drawnBucket = -1;
    private double drawnWidth;
    private double drawnHeight;
    private double[] lastLoad = new double[0];
    // Redrawn at the engine's 20 Hz while a run goes: the points and colours are kept, not made anew each time.
    private final double[] xs = new double[HISTORY + 2];
    private final double[] ys = new double[HISTORY + 2];
    private Color[] lineColors = new Color[0];
    private Color[] fillColors = new Color[0];
    private String[] names = new String[0];
    private ChartPalette palette = ChartPalette.LIGHT;
    private Color ground;
    private Color text;
    private Color track;
    private Color frame;
    private boolean restyled;

    public CoreMeters() {
        getStyleClass().add("core-meters");
        getChildren().add(canvas);
        recording.addListener((obs, old, now) -> requestLayout());
        usePalette(ChartPalette.LIGHT);
        backgroundProperty().addListener((obs, old, now) -> usePalette(ChartGround.paletteOf(this)));
        timer = FrameTimer.whileInScene(this, this::onFrame);
    }

    public ObjectProperty<Recording> recordingProperty() {
        return recording;
    }

    public void setRecording(Recording value) {
        recording.set(value);
    }

    /** The theme changed (or presentation mode began): the next frame redraws everything in the new colours. */
    private void usePalette(ChartPalette next) {
        palette = next;
        ground = ChartGround.color(next.ground());
        text = ChartGround.color(next.text());
        track = ChartGround.color(next.header());
        frame = ChartGround.color(next.headerLine());
        restyled = true;
    }

    /** The palette the meters are drawn in. */
    public ChartPalette palette() {
        return palette;
    }

    /** The loads last drawn, one per core (for tests). */
    public double[] shownLoad() {
        return lastLoad.clone();
    }

    private int cores() {
        Recording current = recording.get();
        return current == null ? Runtime.getRuntime().availableProcessors() : current.coreCount();
    }

    @Override
    protected double computePrefHeight(double width) {
        return (cores() + 1) * ROW_HEIGHT + 8;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    private void onFrame(long pulseNanos) {
        Recording current = recording.get();
        int samples = current == null ? 0 : current.coreLoad().size();
        double width = getWidth();
        double height = getHeight();
        double scale = SharpCanvas.sceneScale(this);
        boolean resized = width != drawnWidth || height != drawnHeight || scale != canvas.pixelScale();
        boolean sameData =
                current == drawn && (samples == drawnSamples || LiveCadence.bucket(pulseNanos) == drawnBucket);
        if (sameData && !resized && !restyled) {
            return;
        }
        drawnBucket = LiveCadence.bucket(pulseNanos);
        drawn = current;
        drawnSamples = samples;
        drawnWidth = width;
        drawnHeight = height;
        canvas.fit(width, height, scale);
        draw(canvas.context(), current, width, height);
    }

    private void draw(GraphicsContext g, Recording current, double width, double height) {
        g.setFill(ground);
        g.fillRect(0, 0, width, height);
        int cores = cores();
        AppendLog<CoreLoadSample> log = current == null ? new AppendLog<>() : current.coreLoad();
        int n = log.size();
        CoreLoadSample last = n == 0 ? null : log.get(n - 1);
        if (lastLoad.length != cores || restyled) {
            lastLoad = lastLoad.length == cores ? lastLoad : new double[cores];
            prepareRows(cores);
            restyled = false;
        }
        double sparkLeft = LABEL_WIDTH + (width - LABEL_WIDTH - PERCENT_WIDTH) * 0.5 + 8;
        double barWidth = sparkLeft - LABEL_WIDTH - 12;
        double sparkWidth = width - sparkLeft - PERCENT_WIDTH;
        for (int row = 0; row <= cores; row++) {
            boolean total = row == cores;
            double y = 4 + row * ROW_HEIGHT;
            double load = last == null ? 0 : total ? last.total() : core(last, row);
            if (!total) {
                lastLoad[row] = load;
            }
            Color color = lineColors[row];
            g.setFont(total ? bold : label);
            g.setFill(text);
            g.fillText(names[row], 6, y + 18);
            g.setFill(track);
            g.fillRect(LABEL_WIDTH, y + 3, barWidth, ROW_HEIGHT - 8);
            g.setFill(color);
            g.fillRect(LABEL_WIDTH, y + 3, barWidth * load, ROW_HEIGHT - 8);
            drawSparkline(g, log, n, row, total, sparkLeft, y + 3, sparkWidth, ROW_HEIGHT - 8);
            g.setFill(text);
            g.setFont(label);
            g.fillText(percent(load), width - PERCENT_WIDTH + 4, y + 18);
        }
    }

    /** Row names and colours: one row per core, then the machine total. */
    private void prepareRows(int cores) {
        lineColors = new Color[cores + 1];
        fillColors = new Color[cores + 1];
        names = new String[cores + 1];
        for (int row = 0; row <= cores; row++) {
            boolean total = row == cores;
            lineColors[row] = ChartGround.color(total ? palette.text() : palette.core(CorePalette.colorOf(row)));
            fillColors[row] = lineColors[row].deriveColor(0, 1, 1, 0.35);
            names[row] = total ? "all cores" : "core " + row;
        }
    }

    /** "  7 %", as {@code %3.0f %%} wrote it (padded to three places), without a Formatter each time. */
    static String percent(double load) {
        long value = Math.round(load * 100);
        String digits = Long.toString(value);
        return "   ".substring(Math.min(3, digits.length())) + digits + " %";
    }

    private void drawSparkline(
            GraphicsContext g,
            AppendLog<CoreLoadSample> log,
            int n,
            int row,
            boolean total,
            double x,
            double y,
            double w,
            double h) {
        g.setStroke(frame);
        g.setLineWidth(1);
        g.strokeRect(x, y, w, h);
        int from = Math.max(0, n - HISTORY);
        if (n - from < 2) {
            return;
        }
        // Newest sample at the right edge, so the graph scrolls left as time goes on.
        int count = n - from;
        for (int i = 0; i < count; i++) {
            CoreLoadSample sample = log.get(from + i);
            double load = total ? sample.total() : core(sample, row);
            xs[i] = x + w - w * (count - 1 - i) / (HISTORY - 1.0);
            ys[i] = y + h - h * load;
        }
        xs[count] = xs[count - 1];
        ys[count] = y + h;
        xs[count + 1] = xs[0];
        ys[count + 1] = y + h;
        g.setFill(fillColors[row]);
        g.fillPolygon(xs, ys, count + 2);
        g.setStroke(lineColors[row]);
        g.setLineWidth(2);
        g.strokePolyline(xs, ys, count);
    }

    private static double core(CoreLoadSample sample, int core) {
        return core < sample.load().length ? Math.max(0, Math.min(1, sample.load()[core])) : 0;
    }

    public void dispose() {
        timer.stop();
    }
}
