package processlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import processlab.lesson.Block;
import processlab.lesson.CodeBlock;
import processlab.lesson.CodeTabs;
import processlab.lesson.DemoBlock;
import processlab.lesson.ExerciseBlock;
import processlab.lesson.Lesson;
import processlab.lesson.MarkdownBlock;
import processlab.lesson.QuizBlock;
import processlab.ui.common.LiveViews;
import processlab.ui.common.PagePosition;

/**
 * Shows one lesson as a scrolling page. Live blocks (demos, quizzes, exercises, runnable code) go to the
 * {@link LessonPartFactory}s in order; the parts made are stopped when another lesson is shown.
 */
public final class LessonView {

    /** What one PageDown leaves of the screen before it, in pixels: about two lines of prose. */
    private static final double SCREEN_OVERLAP = 48;
    /** How close to the bottom counts as the end: less than the page's own bottom padding. */
    private static final double END_SLACK = 24;

    private final List<LessonPartFactory> factories;
    private final LinkOpener links;
    private final LiveViews liveViews;
    private final VBox content = new VBox();
    private final ScrollPane scroller;
    private final List<LessonPart> parts = new ArrayList<>();
    private final ProgressivePage builder;
    private Lesson shown;

    /** A page whose demos draw live nowhere else (tests, single views). */
    public LessonView(List<LessonPartFactory> factories, LinkOpener links) {
        this(factories, links, new LiveViews());
    }

    /** @param liveViews whether a demo of the window draws live: the page keeps no scroll bitmap while one does */
    public LessonView(List<LessonPartFactory> factories, LinkOpener links, LiveViews liveViews) {
        this.factories = List.copyOf(factories);
        this.links = links;
        this.liveViews = liveViews;
        content.setId("lesson-content");
        content.getStyleClass().add("lesson-page");
        // The column keeps prose at a readable line length and centres it on wide windows.
        StackPane column = new StackPane(content);
        column.getStyleClass().add("lesson-column");
        content.setMaxWidth(920);
        scroller = new ScrollPane(column);
        scroller.setId("lesson-view");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().addAll("lesson-scroll", "edge-to-edge");
        scroller.skinProperty().addListener((obs, old, skin) -> cacheViewportWhileStill(scroller));
        builder = new ProgressivePage(content, scroller);
        showMessage("Loading lessons…");
    }

    public Node node() {
        return scroller;
    }

    /**
     * The scroll pane's skin keeps its viewport as a cached bitmap, which pays off for a still page being
     * scrolled: the bitmap moves and only the strip scrolled in is painted. While a demo draws a run live, the
     * page changes every frame, and then the whole viewport would be painted into the bitmap and the bitmap onto
     * the window, every frame: most of the renderer's time during a demo, measured. So: a bitmap only while still.
     */
    private void cacheViewportWhileStill(ScrollPane scroller) {
        for (Node child : scroller.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.cacheProperty().bind(liveViews.activeProperty().not());
            }
        }
    }

    public Optional<Lesson> shown() {
        return Optional.ofNullable(shown);
    }

    /** The parts made for the lesson on screen (for tests and for the lead's wiring). */
    public List<LessonPart> parts() {
        return List.copyOf(parts);
    }

    public void show(Lesson lesson) {
        processlab.ui.common.StartupTrace.mark("show " + lesson.id());
        stopParts();
        shown = lesson;
        List<Node> header = new ArrayList<>();
        Label title = new Label(lesson.title().isBlank() ? lesson.id() : lesson.title());
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        header.add(title);
        if (!lesson.question().isBlank()) {
            Label question = new Label(lesson.question());
            question.getStyleClass().add("lesson-question");
            question.setWrapText(true);
            header.add(question);
        }
        content.getChildren().setAll(header);
        scroller.setVvalue(0);
        if (!lesson.isValid()) {
            content.getChildren().add(BlockCards.errors(lesson.errors()));
        } else {
            builder.start(blockPieces(lesson));
        }
    }

    /**
     * True once every block of the shown lesson is on the page. Blocks below the first screen are added in the
     * frames after the first one (see {@link ProgressivePage}), so tests and features that need the whole page
     * wait on this or call {@link #finishBuilding()}.
     */
    public ReadOnlyBooleanProperty completeProperty() {
        return builder.completeProperty();
    }

    /** Scrolls to the end of the page; it stays there while the page is laid out (the position is a fraction). */
    public void showEnd() {
        scroller.setVvalue(scroller.getVmax());
    }

    /** Scrolls the page so that {@code node}, a part of it, starts at the top of the view. */
    public void reveal(Node node) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroller.getViewportBounds().getHeight();
        double top = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double range = contentHeight - viewHeight;
        scroller.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, top / range)));
    }

    /**
     * Scrolls by most of a screen, down ({@code +1}) or up ({@code -1}), as PageDown and PageUp do in a browser:
     * a few lines of the last screen stay in view, so the reader keeps their place.
     */
    public void scrollByScreen(int direction) {
        double view = PagePosition.viewHeight(scroller);
        if (PagePosition.maxTop(scroller) <= 0 || view <= 0) {
            return;
        }
        double step = Math.max(view - SCREEN_OVERLAP, view / 2);
        PagePosition.scrollTo(scroller, PagePosition.top(scroller) + Math.signum(direction) * step);
    }

    /**
     * Whether the end of the shown lesson is on screen: the whole page is built and its bottom is in view (a page
     * shorter than the view counts at once). Meaningful after a layout pass, when size and position agree.
     */
    public boolean isEndInView() {
        if (shown == null || !builder.completeProperty().get() || PagePosition.viewHeight(scroller) <= 0) {
            return false;
        }
        double range = PagePosition.maxTop(scroller);
        return range <= END_SLACK || PagePosition.top(scroller) >= range - END_SLACK;
    }

    /** Adds every block not yet on the page now (e.g. before jumping to a section further down). */
    public void finishBuilding() {
        builder.finish();
    }

    /** A plain message in place of a lesson (loading, no lessons, folder unreadable). */
    public void showMessage(String message) {
        stopParts();
        shown = null;
        Label label = new Label(message);
        label.setId("lesson-message");
        label.getStyleClass().add("lesson-message");
        label.setWrapText(true);
        builder.cancel();
        content.getChildren().setAll(label);
    }

    /** Stops every part the shown lesson made; called when the lesson is left and when the app stops. */
    public void stopParts() {
        builder.cancel();
        for (LessonPart part : parts) {
            try {
                part.stop();
            } catch (RuntimeException e) {
                System.getLogger(LessonView.class.getName())
                        .log(System.Logger.Level.WARNING, "a lesson part failed to stop", e);
            }
        }
        parts.clear();
    }

    /** The page below the header, block by block; each piece is built only when the page builder takes it. */
    private List<Supplier<List<Node>>> blockPieces(Lesson lesson) {
        MarkdownRenderer markdown = new MarkdownRenderer(lesson.file(), links);
        List<Supplier<List<Node>>> pieces = new ArrayList<>();
        List<Block> blocks = lesson.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof MarkdownBlock prose) {
                boolean first = i == 0;
                pieces.add(() -> first ? markdown.render(prose.body(), lesson.title()) : markdown.render(prose.body()));
            } else if (CodeTabs.isJavaTabBesidePrevious(blocks, i + 1)) {
                CodeBlock java = (CodeBlock) blocks.get(i + 1);
                pieces.add(() -> List.of(codeTabs((CodeBlock) block, java, lesson)));
                i++;
            } else {
                pieces.add(() -> List.of(blockNode(block, lesson)));
            }
        }
        return pieces;
    }

    /**
     * Python and Java side by side as tabs. The Java tab is built when first opened: most readers stay on
     * Python, and a long coloured listing is hundreds of nodes the first frame need not style.
     */
    private Node codeTabs(CodeBlock python, CodeBlock java, Lesson lesson) {
        Tab pythonTab = new Tab("Python", blockNode(python, lesson));
        Tab javaTab = new Tab("Java");
        javaTab.setOnSelectionChanged(e -> {
            if (javaTab.isSelected() && javaTab.getContent() == null && lesson == shown) {
                javaTab.setContent(blockNode(java, lesson));
            }
        });
        TabPane tabs = new TabPane(pythonTab, javaTab);
        tabs.getStyleClass().add("code-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        GrowingTabs.install(tabs);
        return tabs;
    }

    private Node blockNode(Block block, Lesson lesson) {
        for (LessonPartFactory factory : factories) {
            Optional<LessonPart> part = createPart(factory, block, lesson);
            if (part.isPresent()) {
                parts.add(part.get());
                return part.get().node();
            }
        }
        if (block instanceof CodeBlock code) {
            return CodeBlockView.create(code.body(), code.language(), code.expectedError());
        } else if (block instanceof DemoBlock demo) {
            return BlockCards.demo(demo);
        } else if (block instanceof QuizBlock quiz) {
            return BlockCards.quiz(quiz);
        } else if (block instanceof ExerciseBlock exercise) {
            return BlockCards.exercise(exercise);
        }
        return new Label(block.body());
    }

    /** A factory that throws must not take the lesson down: its block falls back to the next factory. */
    private static Optional<LessonPart> createPart(LessonPartFactory factory, Block block, Lesson lesson) {
        try {
            return factory.create(block, lesson);
        } catch (RuntimeException e) {
            System.getLogger(LessonView.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "lesson part factory " + factory.getClass().getName() + " failed at line " + block.line(),
                            e);
            return Optional.empty();
        }
    }
}
