package processlab.ui.shell;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import processlab.settings.ThemeChoice;
import processlab.ui.common.KeepsKeys;
import processlab.ui.lesson.LessonView;

/**
 * The main window's layout: lesson list and search on the left, the lesson on the right, prev/next below.
 * Wiring only; the state lives in {@link ShellViewModel}.
 *
 * <p>Built in code, not FXML like the cards (QuizView.fxml, DemoPanel.fxml): the frame is on the first frame, and
 * the first FXML load in a JVM pays for the loader's classes and its XML parser. With this frame in a
 * ShellView.fxml, building the shell took 129 ms more (median of 16 headless start-ups alternated with this code:
 * 232 against 117 ms; a second load of the same file takes 12-23 ms) and the first lesson came 222 ms later
 * (medians 4119 against 3898 ms, +5.7 %), over the 5 % a declarative layout may cost the first frame.
 */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final LessonView lessonView;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ListView<LessonItem> lessonList;
    /** The name, the status and the theme switch in a row; below them, when there is one, a notice. */
    private final VBox topBar = new VBox(6);

    private final HBox titleRow = new HBox(16);
    private final VBox sidebar = new VBox(8);
    private final HBox navigation = new HBox(12);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);

    /**
     * Builds the window's frame and what the first frame shows: the top bar's name and status, the lesson page,
     * and the (still empty) sidebar and navigation bar at their final sizes. Their controls come with
     * {@link #complete()}, after the first lesson is on screen, so the student reads sooner and nothing moves.
     */
    public ShellView(ShellViewModel viewModel, LessonView lessonView) {
        this.viewModel = viewModel;
        this.lessonView = lessonView;
        this.lessonList = new ListView<>(viewModel.visibleLessons());
        root.setId("shell");
        root.getStyleClass().add("shell");
        root.setTop(topBar());
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(340);
        sidebar.setMinWidth(240);
        root.setLeft(sidebar);
        root.setCenter(lessonPane());
        viewModel.selectedProperty().addListener((obs, old, item) -> showSelected(item));
        viewModel.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && viewModel.selected().isEmpty()) {
                lessonView.showMessage(viewModel.statusProperty().get());
            }
        });
    }

    public Pane root() {
        return root;
    }

    public ListView<LessonItem> lessonList() {
        return lessonList;
    }

    /** True once {@link #complete()} has added the search box, lesson list, theme switch and navigation. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /**
     * Gives the lesson list the keyboard, unless the student is already typing a search (Ctrl+F works from the
     * first frame) or the list is hidden (presentation mode).
     */
    public void focusLessonList() {
        if (!search.isFocused() && sidebar.isVisible()) {
            lessonList.requestFocus();
        }
    }

    /** Adds the controls the first frame leaves out (see the constructor); once, later calls do nothing. */
    public void complete() {
        if (complete.get()) {
            return;
        }
        titleRow.getChildren().add(themeToggle());
        sidebar.getChildren().setAll(sidebarControls());
        navigation.getChildren().setAll(navigationControls());
        complete.set(true);
        viewModel.selected().ifPresent(this::selectInList); // the lesson on screen, marked in the list now
    }

    private Node topBar() {
        Label name = new Label("ProcessLab");
        name.getStyleClass().add("app-name");
        name.setMinWidth(Region.USE_PREF_SIZE); // the status gives way, never the name
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        titleRow.getChildren().setAll(name, status, spacer);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        topBar.getChildren().setAll(titleRow, notice());
        topBar.setAlignment(Pos.CENTER_LEFT);
        topBar.getStyleClass().add("top-bar");
        return topBar;
    }

    /**
     * A notice (a save that failed, with its path and reason) on lines of its own under the title row, wrapped so
     * it is read whole: in the row it squeezed the app's name and the theme switch to "…" and was cut short itself.
     */
    private Node notice() {
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("shell-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private Node themeToggle() {
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("theme-toggle");
        dark.setFocusTraversable(false);
        dark.setMinWidth(Region.USE_PREF_SIZE);
        dark.setSelected(viewModel.themeProperty().get() == ThemeChoice.DARK);
        viewModel.themeProperty().addListener((obs, old, theme) -> dark.setSelected(theme == ThemeChoice.DARK));
        dark.setOnAction(e -> viewModel.setTheme(dark.isSelected() ? ThemeChoice.DARK : ThemeChoice.LIGHT));
        return dark;
    }

    private List<Node> sidebarControls() {
        search.setId("search");
        search.setPromptText("Search lessons (Ctrl+F)");
        search.textProperty().addListener((obs, old, text) -> viewModel.search(text));
        search.setOnKeyPressed(e -> {
            // Escape clears the search; Down or Enter move on to the (filtered) list.
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                lessonList.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                if (!viewModel.visibleLessons().isEmpty()) {
                    if (!viewModel
                            .visibleLessons()
                            .contains(viewModel.selected().orElse(null))) {
                        viewModel.selectLesson(viewModel.visibleLessons().get(0));
                    }
                    lessonList.requestFocus();
                }
                e.consume();
            }
        });
        lessonList.setId("lesson-list");
        lessonList.getStyleClass().add("lesson-list");
        lessonList.setCellFactory(list -> new LessonCell(viewModel.queryProperty()));
        lessonList.setPlaceholder(placeholder());
        lessonList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                viewModel.selectLesson(item);
            }
        });
        // The filter replaces the list's items, which clears the selection; put it back if still shown.
        viewModel.visibleLessons().addListener((javafx.collections.ListChangeListener<LessonItem>)
                change -> viewModel.selected().ifPresent(this::selectInList));
        VBox.setVgrow(lessonList, Priority.ALWAYS);
        return List.of(search, lessonList);
    }

    /**
     * What the list shows when it is empty. Placed at the top, under the search box, where the student is looking:
     * centred in a tall empty column it read as an empty list.
     */
    private Node placeholder() {
        Label message = new Label();
        message.setId("no-lesson-matches");
        message.textProperty().bind(viewModel.emptyListMessageProperty());
        message.getStyleClass().add("list-placeholder-message");
        message.setWrapText(true);
        Label hint = new Label("Try fewer words, or other ones: every word must appear in the lesson.");
        hint.getStyleClass().add("list-placeholder-hint");
        hint.setWrapText(true);
        Button clear = new Button("Clear search");
        clear.setId("clear-search");
        clear.setOnAction(e -> {
            search.clear();
            lessonList.requestFocus();
        });
        for (Node searching : List.of(hint, clear)) {
            searching.visibleProperty().bind(viewModel.queryProperty().isNotEmpty());
            searching.managedProperty().bind(searching.visibleProperty());
        }
        VBox box = new VBox(8, message, hint, clear);
        box.getStyleClass().add("list-placeholder");
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return box;
    }

    private Node lessonPane() {
        navigation.setAlignment(Pos.CENTER);
        navigation.getStyleClass().add("navigation-bar");
        BorderPane pane = new BorderPane(lessonView.node());
        pane.setBottom(navigation);
        return pane;
    }

    private List<Node> navigationControls() {
        Button previous = new Button("← Previous");
        previous.setId("previous-lesson");
        previous.disableProperty().bind(viewModel.canGoPreviousProperty().not());
        previous.setOnAction(e -> viewModel.previous());
        Button next = new Button("Next →");
        next.setId("next-lesson");
        next.getStyleClass().add("accent");
        next.disableProperty().bind(viewModel.canGoNextProperty().not());
        next.setOnAction(e -> viewModel.next());
        Label position = new Label();
        position.setId("lesson-position");
        position.getStyleClass().add("lesson-position");
        position.textProperty().bind(viewModel.positionProperty());
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        return List.of(previous, left, position, right, next);
    }

    private void showSelected(LessonItem item) {
        if (item == null) {
            return;
        }
        selectInList(item);
        lessonView.show(item.lesson());
    }

    private void selectInList(LessonItem item) {
        if (complete.get()
                && lessonList.getItems().contains(item)
                && lessonList.getSelectionModel().getSelectedItem() != item) {
            lessonList.getSelectionModel().select(item);
            // One row of context above, so the chosen lesson is not glued to the top edge.
            lessonList.scrollTo(Math.max(0, lessonList.getItems().indexOf(item) - 1));
        }
    }

    /**
     * Keyboard for the whole window. PageDown, PageUp and Space (Shift+Space: up) scroll the lesson page, as in a
     * browser. Another lesson comes only on an explicit move: Ctrl+PageDown / Ctrl+PageUp, Alt+→ / Alt+←, → / ←.
     * Keys stay with what needs them: text fields and code editors, tab headers (← →), buttons, choices (Space).
     * With the lesson list focused (the start-up focus), PageDown too scrolls the page rather than the list.
     */
    public void installKeys(Scene scene) {
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        List<KeyCombination> nextLesson = List.of(
                new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.CONTROL_DOWN),
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        List<KeyCombination> previousLesson = List.of(
                new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.CONTROL_DOWN),
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (find.match(e)) {
                complete();
                search.requestFocus();
                search.selectAll();
                e.consume();
                return;
            }
            if (nextLesson.stream().anyMatch(key -> key.match(e))) {
                viewModel.next();
                e.consume();
                return;
            }
            if (previousLesson.stream().anyMatch(key -> key.match(e))) {
                viewModel.previous();
                e.consume();
                return;
            }
            if (e.isShortcutDown() || e.isAltDown() || keepsKeys(scene.getFocusOwner(), e.getCode())) {
                return;
            }
            switch (e.getCode()) {
                case PAGE_DOWN -> lessonView.scrollByScreen(+1);
                case PAGE_UP -> lessonView.scrollByScreen(-1);
                case SPACE -> lessonView.scrollByScreen(e.isShiftDown() ? -1 : +1);
                case RIGHT -> viewModel.next();
                case LEFT -> viewModel.previous();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private static boolean keepsKeys(Node focused, KeyCode key) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl
                    || KeepsKeys.isMarked(node)
                    || node.getStyleClass().contains("styled-text-area")) { // RichTextFX editors
                return true;
            }
            if (node instanceof TabPane && (key == KeyCode.LEFT || key == KeyCode.RIGHT)) {
                return true; // Left/Right switch between the Python and Java tabs
            }
            if (key == KeyCode.SPACE
                    && (node instanceof ButtonBase || node instanceof ComboBoxBase || node instanceof ChoiceBox)) {
                return true; // Space presses the button, ticks the box, picks the quiz answer
            }
        }
        return false;
    }
}
