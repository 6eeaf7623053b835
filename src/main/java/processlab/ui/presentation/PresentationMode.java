package processlab.ui.presentation;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import processlab.settings.ThemeChoice;
import processlab.ui.lesson.LessonPart;
import processlab.ui.lesson.LessonView;
import processlab.ui.lesson.RunnablePart;
import processlab.ui.shell.LessonItem;
import processlab.ui.shell.ShellViewModel;

/**
 * Presentation mode for a projector: full screen, everything zoomed, a high-contrast stylesheet, the lesson
 * list and top bar hidden, and a clicker's keys.
 *
 * <p>Keys (see {@link #KEYS}): F5 enters and leaves; Esc leaves. PageDown, Right, Down go to the next
 * section (the next heading, or most of a screen), then to the next lesson; PageUp, Left, Up go back.
 * Esc in a code editor first gives the focus back to the page.
 * Ctrl + / Ctrl − / Ctrl 0 zoom in, out, back to normal (in and out of presentation mode). R or F6 runs the
 * demo or code on screen; S or F7 stops every run of the lesson, on screen or scrolled away. While an editor has
 * the focus, arrows and letters stay with the editor; the F-keys, Esc and zoom still work.
 */
public final class PresentationMode {

    /**
     * The zoom on a 1080-pixel-high screen: the lesson's 16 px body text shows at 32 px, the size of body text on
     * a slide. Other screens get the zoom in proportion to their height, so the text takes the same share of the
     * projected picture.
     */
    public static final double PRESENTATION_ZOOM = 2.0;

    static final double REFERENCE_SCREEN_HEIGHT = 1080;
    /** Below this the zoom would hardly enlarge anything; a small screen gets at least this much. */
    private static final double MIN_PRESENTATION_ZOOM = 1.25;
    /** One Ctrl+plus: a step the back of the room sees. */
    public static final double ZOOM_STEP = 1.25;

    /** The style class of the frame while presenting, and the one added to it in the dark theme. */
    static final String PRESENTING = "presentation";

    static final String DARK_PROJECTOR = "projector-dark";

    public static final String KEYS = "F5 present · Esc leave · PageDown/PageUp, arrows: next/previous section · "
            + "Ctrl +/−/0 zoom · R or F6 run · S or F7 stop all";

    private final Stage stage;

    private final ZoomPane zoomPane;
    private final ShellViewModel shell;
    private final LessonView lessonView;
    private final SectionScroller sections;
    private final PopupZoom popupZoom;
    private final String stylesheet =
            PresentationMode.class.getResource("presentation.css").toExternalForm();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    private double zoomBefore = 1.0;
    private double presentationZoom = PRESENTATION_ZOOM;
    private Rectangle2D boundsBefore;

    private PresentationMode(Stage stage, ZoomPane zoomPane, ShellViewModel shell, LessonView lessonView) {
        this.stage = stage;
        this.zoomPane = zoomPane;
        this.shell = shell;
        this.lessonView = lessonView;
        this.sections = new SectionScroller((ScrollPane) lessonView.node());
        this.popupZoom = new PopupZoom(stage, zoomPane);
        // The projector palette follows the theme: a lit room wants dark on white, a dark hall white on black.
        shell.themeProperty().addListener((obs, was, now) -> showPalette());
    }

    /**
     * Puts the stage's scene content into a {@link ZoomPane} and listens for the keys. Call once, after the
     * shell's scene is on the stage.
     *
     * <p>The two nodes of this frame are made in code, not in FXML like the cards: install runs before the first
     * frame, where the first FXML load of the JVM costs more than the 5 % a layout may add (see ShellView).
     */
    public static PresentationMode install(Stage stage, ShellViewModel shell, LessonView lessonView) {
        Scene scene = stage.getScene();
        Parent shellRoot = scene.getRoot();
        ZoomPane zoomPane = new ZoomPane(new javafx.scene.layout.StackPane());
        scene.setRoot(zoomPane);
        ((javafx.scene.layout.StackPane) zoomPane.content()).getChildren().add(shellRoot);
        PresentationMode mode = new PresentationMode(stage, zoomPane, shell, lessonView);
        // A filter on the window runs before the scene's, so these keys win over the shell's lesson keys.
        stage.addEventFilter(KeyEvent.KEY_PRESSED, mode.keys);
        mode.popupZoom.install();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Esc leaves presentation mode");
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (was && !now && mode.active.get()) {
                mode.leave();
            }
        });
        return mode;
    }

    /** Leaves presentation mode and stops listening to the window's keys (the app is closing). */
    public void uninstall() {
        leave();
        stage.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        popupZoom.uninstall();
    }

    public boolean isActive() {
        return active.get();
    }

    public double zoom() {
        return zoomPane.zoomProperty().get();
    }

    /** The zoom presentation mode starts with (and Ctrl 0 goes back to) on the screen the window is on. */
    public double presentationZoom() {
        return presentationZoom;
    }

    /** The presentation zoom for a screen this many (logical) pixels high. */
    public static double presentationZoom(double screenHeight) {
        double zoom = PRESENTATION_ZOOM * screenHeight / REFERENCE_SCREEN_HEIGHT;
        return Math.max(MIN_PRESENTATION_ZOOM, Math.min(ZoomPane.MAX_ZOOM, zoom));
    }

    public void enter() {
        if (active.get()) {
            return;
        }
        active.set(true);
        zoomBefore = zoom();
        Screen screen = screenOf(stage);
        presentationZoom = presentationZoom(screen.getBounds().getHeight());
        zoomPane.zoomProperty().set(presentationZoom);
        Scene scene = stage.getScene();
        scene.getStylesheets().add(stylesheet);
        zoomPane.content().getStyleClass().add(PRESENTING);
        showPalette();
        setShown(false);
        fillScreen(screen);
        stage.setFullScreen(true);
        lessonView.node().requestFocus();
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        stage.getScene().getStylesheets().remove(stylesheet);
        zoomPane.content().getStyleClass().removeAll(PRESENTING, DARK_PROJECTOR);
        zoomPane.zoomProperty().set(zoomBefore);
        setShown(true);
        stage.setFullScreen(false);
        if (boundsBefore != null) {
            stage.setX(boundsBefore.getMinX());
            stage.setY(boundsBefore.getMinY());
            stage.setWidth(boundsBefore.getWidth());
            stage.setHeight(boundsBefore.getHeight());
            boundsBefore = null;
        }
    }

    /**
     * Gives the window the whole screen before asking for full screen: without a window manager (a bare X
     * server, some kiosk set-ups) full screen changes nothing, and the lesson would stay in a small window.
     */
    private void fillScreen(Screen screen) {
        boundsBefore = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private static Screen screenOf(Stage stage) {
        if (Double.isNaN(stage.getX()) || stage.getWidth() <= 0) {
            return Screen.getPrimary();
        }
        List<Screen> screens =
                Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    /** Puts the dark projector palette on while presenting in the dark theme, and takes it off otherwise. */
    private void showPalette() {
        List<String> classes = zoomPane.content().getStyleClass();
        boolean dark = active.get() && shell.themeProperty().get() == ThemeChoice.DARK;
        if (dark && !classes.contains(DARK_PROJECTOR)) {
            classes.add(DARK_PROJECTOR);
        } else if (!dark) {
            classes.remove(DARK_PROJECTOR);
        }
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    /** The lesson list and the top bar give their room to the lesson while presenting. */
    private void setShown(boolean shown) {
        for (String part : List.of(".sidebar", ".top-bar")) {
            Node node = zoomPane.lookup(part);
            if (node != null) {
                node.setVisible(shown);
                node.setManaged(shown);
            }
        }
    }

    public void zoomIn() {
        zoomPane.zoomProperty().set(zoom() * ZOOM_STEP);
    }

    public void zoomOut() {
        zoomPane.zoomProperty().set(zoom() / ZOOM_STEP);
    }

    public void zoomReset() {
        zoomPane.zoomProperty().set(active.get() ? presentationZoom : 1.0);
    }

    /** The next section of the lesson, or the next lesson from its end. */
    public void forward() {
        lessonView.finishBuilding(); // sections further down may not be on the page yet
        if (!sections.next()) {
            shell.next();
        }
    }

    /**
     * The previous section, or from the top the previous lesson, at its end: going back shows what the class saw
     * last, as a slide deck does, not the other lesson's first screen again.
     */
    public void back() {
        lessonView.finishBuilding();
        if (!sections.previous()) {
            LessonItem before = shell.selectedProperty().get();
            shell.previous();
            if (shell.selectedProperty().get() != before) {
                lessonView.finishBuilding();
                lessonView.showEnd();
            }
        }
    }

    /**
     * Runs what is on screen: the most visible part that runs (a demo, a try-it editor, an exercise), through its
     * own command ({@link RunnablePart#runForTheClass()}), never by finding its button.
     */
    public void runVisible() {
        visibleParts().stream().findFirst().ifPresent(RunnablePart::runForTheClass);
    }

    /**
     * Stops every run of the lesson shown, on screen or not: a demo's Stop button may have scrolled away while
     * its timelines are watched, and the class pauses all the same. Each part stops as its Stop button would
     * ({@link RunnablePart#stopRun()}); {@link LessonPart#stop()} is for leaving the lesson.
     */
    public void stopAll() {
        for (LessonPart part : lessonView.parts()) {
            if (part instanceof RunnablePart runnable && runnable.isRunning()) {
                runnable.stopRun();
            }
        }
    }

    private void onKey(KeyEvent event) {
        boolean handled = true;
        KeyCode code = event.getCode();
        if (code == KeyCode.F5) {
            toggle();
        } else if (event.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            zoomIn();
        } else if (event.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            zoomOut();
        } else if (event.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            zoomReset();
        } else if (!active.get()) {
            handled = false;
        } else if (code == KeyCode.ESCAPE && editing()) {
            // First Esc leaves the editor, so the clicker keys work again; the next one leaves presenting.
            lessonView.node().requestFocus();
        } else if (code == KeyCode.ESCAPE) {
            leave();
        } else if (code == KeyCode.F6) {
            runVisible();
        } else if (code == KeyCode.F7) {
            stopAll();
        } else if (editing() || event.isShortcutDown() || event.isAltDown()) {
            handled = false;
        } else {
            handled = clickerKey(code);
        }
        if (handled) {
            event.consume();
        }
    }

    private boolean clickerKey(KeyCode code) {
        switch (code) {
            case PAGE_DOWN, RIGHT, DOWN -> forward();
            case PAGE_UP, LEFT, UP -> back();
            case R -> runVisible();
            case S -> stopAll();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean editing() {
        Node focus = stage.getScene().getFocusOwner();
        return focus instanceof TextInputControl
                || focus instanceof GenericStyledArea<?, ?, ?> area && area.isEditable();
    }

    private List<RunnablePart> visibleParts() {
        return lessonView.parts().stream()
                .filter(p -> p instanceof RunnablePart)
                .map(p -> (RunnablePart) p)
                .filter(p -> visibleHeight(p.node()) > 0)
                .sorted(Comparator.comparingDouble((RunnablePart p) -> visibleHeight(p.node()))
                        .reversed())
                .toList();
    }

    /** How much of a node shows in the lesson's view, in scene pixels. */
    private double visibleHeight(Node node) {
        if (node.getScene() == null || !node.isVisible()) {
            return 0;
        }
        Node view = lessonView.node();
        Bounds viewBounds = view.localToScene(view.getLayoutBounds());
        Bounds nodeBounds = node.localToScene(node.getLayoutBounds());
        double top = Math.max(viewBounds.getMinY(), nodeBounds.getMinY());
        double bottom = Math.min(viewBounds.getMaxY(), nodeBounds.getMaxY());
        return Math.max(0, bottom - top);
    }
}
