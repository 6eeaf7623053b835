package processlab.ui.timeline;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import processlab.recording.Recording;
import processlab.timeline.ChartPalette;
import processlab.timeline.TimelineDrawing;
import processlab.timeline.TimelineFrame;
import processlab.ui.common.FrameTimer;
import processlab.ui.common.SharpCanvas;

/**
 * The live timeline of one Recording on a canvas. An AnimationTimer redraws at most once a frame, and only when
 * the recording, the shared viewport, the size or the options changed; the layout itself is computed on a
 * {@link LayoutWorker} thread, so the FX thread only issues drawing commands. Zoom: Ctrl+wheel, +/-. The wheel
 * alone is the page's: a timeline sits in a scrolling lesson and must not trap it. Pan: drag, Left/Right. Lanes
 * that do not fit: drag up or down, Up/Down. Home: the whole run again (while it runs: follow it again). Hover:
 * details. Its colours follow the ground its stylesheet gives it (see {@link ChartGround}).
 */
public final class TimelineView extends Region {

    private static final double ZOOM_STEP = 1.25;
    private static final double MIN_AUTO_HEIGHT = 170;
    private static final double MAX_AUTO_HEIGHT = 520;

    private final SharpCanvas canvas = new SharpCanvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final Label tooltip = new Label();
    private final ObjectProperty<Recording> recording = new SimpleObjectProperty<>(this, "recording");
    private final BooleanProperty showAllThreads = new SimpleBooleanProperty(this, "showAllThreads", false);
    private final AnimationTimer timer;
    private TimelineViewport viewport;
    private String title = "";
    private String emptyMessage = "No run yet: press Run.";
    private ChartPalette palette = ChartPalette.LIGHT;

    private TimelineFrame lastFrame;
    private Recording drawnRecording;
    private long drawnVersion = -1;
    private long drawnViewportVersion = -1;
    private double drawnWidth;
    private double drawnHeight;
    /** How much the view is enlarged on screen (presentation zoom): the canvas holds that many pixels. */
    private double drawnScale = 1;

    private double scrollY;
    private boolean dirty = true;
    private long drawnBucket = -1;
    private double dragX;
    private double dragY;
    private long frames;
    private final LayoutWorker layouts = new LayoutWorker();
    private LayoutWorker.Result drawnResult;
    private long drawNanos;
    private long layoutNanos;

    public TimelineView(TimelineViewport viewport) {
        this.viewport = viewport;
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setMinHeight(120);
        setPrefHeight(MIN_AUTO_HEIGHT);
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setPadding(new Insets(6, 10, 6, 10));
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setManaged(false);
        getChildren().addAll(canvas, tooltip);

        recording.addListener((obs, old, now) -> invalidate());
        showAllThreads.addListener((obs, old, now) -> invalidate());
        // The theme changed (or presentation mode began): the same picture again, in the other palette.
        backgroundProperty().addListener((obs, old, now) -> {
            palette = ChartGround.paletteOf(this);
            invalidate();
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onHover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.setVisible(false));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);

        timer = FrameTimer.whileInScene(this, this::onFrame);
    }

    public ObjectProperty<Recording> recordingProperty() {
        return recording;
    }

    public void setRecording(Recording value) {
        recording.set(value);
    }

    public BooleanProperty showAllThreadsProperty() {
        return showAllThreads;
    }

    public TimelineViewport viewport() {
        return viewport;
    }

    /** Shows the time window of another viewport: a shared one, or one of this view's own. */
    public void setViewport(TimelineViewport newViewport) {
        if (newViewport != viewport) {
            viewport = newViewport;
            invalidate();
        }
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
        invalidate();
    }

    /** The picture last drawn, for tests and export; null before the first frame. */
    public TimelineFrame lastFrame() {
        return lastFrame;
    }

    /** The palette the next frame is drawn in. */
    public ChartPalette palette() {
        return palette;
    }

    /** How many times the canvas was redrawn. */
    public long framesDrawn() {
        return frames;
    }

    /** Time the FX thread spent drawing, over all frames (ns): what this view costs the FX thread. */
    public long drawNanos() {
        return drawNanos;
    }

    /** Time spent laying out on the layout thread, over all drawn frames (ns). */
    public long layoutNanos() {
        return layoutNanos;
    }

    /** What the view says while it has no recording. */
    public void setEmptyMessage(String message) {
        emptyMessage = message;
        invalidate();
    }

    public void invalidate() {
        dirty = true;
    }

    private void onFrame(long pulseNanos) {
        Recording current = recording.get();
        if (current != null && !current.isFinished()) {
            viewport.follow(current.now());
        }
        double width = getWidth();
        double height = getHeight();
        if (width < 10 || height < 10) {
            return;
        }
        double scale = SharpCanvas.sceneScale(this);
        long version = current == null ? -1 : current.version();
        boolean changed = dirty
                || current != drawnRecording
                || version != drawnVersion
                || viewport.version() != drawnViewportVersion
                || width != drawnWidth
                || height != drawnHeight
                || scale != drawnScale;
        drawReadyLayout();
        if (!changed) {
            return;
        }
        // The time axis is shared: while it follows a live run, the finished runs beside it move too.
        boolean live = viewport.isFollowing() || current != null && !current.isFinished();
        long bucket = LiveCadence.bucket(pulseNanos);
        if (live && !dirty && bucket == drawnBucket) {
            return;
        }
        drawnBucket = bucket;
        dirty = false;
        drawnRecording = current;
        drawnVersion = version;
        drawnViewportVersion = viewport.version();
        drawnWidth = width;
        drawnHeight = height;
        drawnScale = scale;
        requestLayout(current, width, height);
    }

    private void requestLayout(Recording current, double width, double height) {
        if (current == null) {
            resizeCanvas(width, height);
            surfaceClear(width, height);
            return;
        }
        layouts.request(new LayoutWorker.Request(
                current, viewport.window(), width, height, showAllThreads.get(), title, scrollY));
    }

    /** Draws the newest finished layout, if it is newer than the one on screen and still of this recording. */
    private void drawReadyLayout() {
        LayoutWorker.Result result = layouts.poll();
        if (result == null || result == drawnResult || result.request().recording() != recording.get()) {
            return;
        }
        long began = System.nanoTime();
        drawnResult = result;
        layoutNanos += result.nanos();
        resizeCanvas(result.request().width(), result.request().height());
        if (scrollY > result.maxScroll()) {
            scrollY = result.maxScroll();
        }
        double wanted = Math.max(MIN_AUTO_HEIGHT, Math.min(MAX_AUTO_HEIGHT, result.naturalHeight()));
        // While a run is live the view only grows: every change of height lays out and repaints the page below.
        boolean live = !result.request().recording().isFinished();
        if (wanted > getPrefHeight() + 1 || !live && Math.abs(wanted - getPrefHeight()) > 1) {
            setPrefHeight(wanted);
        }
        lastFrame = result.frame();
        surface.resetClips(); // a drawing that failed half-way must not leave the next one clipped
        TimelineDrawing.draw(lastFrame, surface, palette);
        frames++;
        drawNanos += System.nanoTime() - began;
    }

    /** Sizes the canvas for the view at the scale it is seen at, and sets the drawing to layout pixels. */
    private void resizeCanvas(double width, double height) {
        canvas.fit(width, height, drawnScale);
        canvas.context();
    }

    private void surfaceClear(double width, double height) {
        surface.fillRect(0, 0, width, height, palette.ground());
        surface.text(emptyMessage, 16, 40, TimelineDrawing.LABEL_SIZE, false, palette.textSoft());
        lastFrame = null;
    }

    private boolean lanesOverflow() {
        return lastFrame != null && lastFrame.contentHeight() > lastFrame.plotBottom() - lastFrame.plotTop();
    }

    /**
     * Ctrl+wheel zooms around the pointer. The plain wheel is left to the lesson page around the timeline, even
     * when the lanes do not fit (they scroll by dragging or Up/Down): a page that stops scrolling whenever the
     * pointer crosses a timeline traps the reader, and a wheel that zooms by surprise loses the picture.
     */
    private void onScroll(ScrollEvent event) {
        tooltip.setVisible(false); // the page may move under a still pointer
        if (!event.isControlDown() || lastFrame == null || event.getDeltaY() == 0) {
            return;
        }
        long anchor = lastFrame
                .window()
                .toTime(Math.max(lastFrame.plotLeft(), event.getX()), lastFrame.plotLeft(), lastFrame.plotWidth());
        viewport.zoom(event.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, anchor);
        event.consume();
    }

    /**
     * Takes the keyboard focus and keeps it: consumed, so the scroll pane around the page does not take the focus
     * back on the same press (it does on every press that reaches it), which sent Home to the page.
     */
    private void onPress(MouseEvent event) {
        requestFocus();
        dragX = event.getX();
        dragY = event.getY();
        event.consume();
    }

    private void onDrag(MouseEvent event) {
        if (lastFrame == null) {
            return;
        }
        double dx = event.getX() - dragX;
        double dy = event.getY() - dragY;
        dragX = event.getX();
        dragY = event.getY();
        if (dx != 0) {
            viewport.pan(-Math.round(dx * lastFrame.window().lengthNs() / lastFrame.plotWidth()));
        }
        if (dy != 0 && lanesOverflow()) {
            scrollY = Math.max(0, scrollY - dy);
            dirty = true;
        }
        tooltip.setVisible(false);
    }

    private void onHover(MouseEvent event) {
        if (lastFrame == null) {
            return;
        }
        var text = lastFrame.describeAt(event.getX(), event.getY());
        tooltip.setVisible(text.isPresent());
        text.ifPresent(t -> {
            tooltip.setText(t);
            tooltip.applyCss(); // sized with its own font and padding, even before it was first shown
            tooltip.autosize();
            double laneBottom = lastFrame
                    .laneAt(event.getY())
                    .map(lane -> lane.y() + lane.height())
                    .orElse(getHeight());
            TooltipPlacement at = TooltipPlacement.place(
                    event.getX(), event.getY(), tooltip.getWidth(), tooltip.getHeight(), getWidth(), laneBottom);
            tooltip.relocate(at.x(), at.y());
        });
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.HOME) {
            resetView();
            event.consume();
            return;
        }
        if (lastFrame == null) {
            return;
        }
        long center = (lastFrame.window().startNs() + lastFrame.window().endNs()) / 2;
        long step = lastFrame.window().lengthNs() / 8;
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> viewport.zoom(1 / ZOOM_STEP, center);
            case MINUS, SUBTRACT -> viewport.zoom(ZOOM_STEP, center);
            case LEFT -> viewport.pan(-step);
            case RIGHT -> viewport.pan(step);
            // Up and Down scroll lanes that do not fit; when all fit, they are the page's.
            case UP, DOWN -> {
                if (!lanesOverflow()) {
                    return;
                }
                scrollBy(event.getCode() == KeyCode.UP ? -40 : 40);
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void scrollBy(double dy) {
        scrollY = Math.max(0, scrollY + dy);
        dirty = true;
    }

    /** Home: the lanes back to the top, and the whole run in view, or a live run followed again as at its start. */
    private void resetView() {
        scrollY = 0;
        dirty = true;
        Recording current = recording.get();
        if (current == null || !current.isFinished()) {
            viewport.reset();
        } else {
            viewport.fitWhole(current.endNs());
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    /** Stops redrawing for good; the view is not used again. */
    public void dispose() {
        timer.stop();
        layouts.shutdown();
    }
}
