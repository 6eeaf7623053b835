package processlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import processlab.lesson.DemoBlock;
import processlab.lesson.Lesson;
import processlab.ui.AppLook;
import processlab.ui.TestLessons;

/** The lesson view on its own: Markdown nodes, the part factories and the parts' lifecycle. */
@ExtendWith(ApplicationExtension.class)
class LessonViewTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private LessonView view;

    /** Takes demo blocks only, and records what happens to its parts. */
    private final LessonPartFactory demoFactory = (block, lesson) -> {
        if (!(block instanceof DemoBlock demo)) {
            return Optional.empty();
        }
        events.add("create " + demo.spec().title());
        Label node = new Label("live demo panel");
        node.getStyleClass().add("fake-demo");
        return Optional.of(new LessonPart() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void stop() {
                events.add("stop " + demo.spec().title());
            }
        });
    };

    private final LessonPartFactory failingFactory = (block, lesson) -> {
        throw new IllegalStateException("factory bug");
    };

    private final processlab.ui.common.LiveViews liveViews = new processlab.ui.common.LiveViews();

    @Start
    void start(Stage stage) {
        view = new LessonView(List.of(failingFactory, demoFactory), opened::add, liveViews);
        AppLook.show(stage, (javafx.scene.Parent) view.node(), 900, 700);
    }

    private void show(FxRobot robot, Lesson lesson) {
        robot.interact(() -> view.show(lesson));
    }

    @Test
    void factoriesAreAskedInOrderAndTheirPartsStopWhenTheLessonIsLeft(FxRobot robot) {
        Lesson withDemo = TestLessons.lesson("01-a", "A", "", TestLessons.markdown("Text"), TestLessons.demo());
        show(robot, withDemo);
        assertEquals(List.of("create Threads take turns"), events);
        assertEquals(
                "live demo panel",
                robot.lookup(".fake-demo").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".demo-card").tryQuery().isEmpty(), "a part replaces the card");
        show(robot, TestLessons.lesson("02-b", "B", "", TestLessons.markdown("Other")));
        assertEquals(List.of("create Threads take turns", "stop Threads take turns"), events);
        assertTrue(view.parts().isEmpty());
    }

    @Test
    void aLongLessonShowsItsFirstScreenAtOnceAndTheRestInTheFramesAfter(FxRobot robot) throws Exception {
        List<processlab.lesson.Block> blocks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            blocks.add(TestLessons.markdown("## Section " + i + "\n\nA paragraph of text for section " + i + "."));
        }
        blocks.add(TestLessons.demo());
        Lesson lesson = TestLessons.lesson("01-long", "Long", "", blocks.toArray(processlab.lesson.Block[]::new));
        boolean[] completeAtOnce = new boolean[1];
        robot.interact(() -> {
            view.show(lesson);
            completeAtOnce[0] = view.completeProperty().get();
        });
        assertTrue(!completeAtOnce[0], "forty sections do not fit one screen; the rest follows");
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> view.completeProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("create Threads take turns"), events, "the demo at the end was built, once");
        assertEquals(40, robot.lookup(".heading").queryAll().size());
        assertEquals(
                "live demo panel",
                robot.lookup(".fake-demo").queryAs(Label.class).getText());
    }

    @Test
    void whatTheStudentLooksAtStaysPutWhenThePageBelowGrowsOrShrinks(FxRobot robot) throws Exception {
        List<processlab.lesson.Block> blocks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            blocks.add(TestLessons.markdown("## Section " + i + "\n\nA paragraph of text for section " + i + "."));
        }
        blocks.add(TestLessons.demo());
        robot.interact(() -> {
            view.show(TestLessons.lesson("01-long", "Long", "", blocks.toArray(processlab.lesson.Block[]::new)));
            view.finishBuilding();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) view.node();
        robot.interact(() -> scroller.setVvalue(0.5));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Label demo = robot.lookup(".fake-demo").queryAs(Label.class);
        Node looked = robot.lookup(".heading").queryAll().stream()
                .filter(node -> node.localToScene(0, 0).getY() > 0)
                .findFirst()
                .orElseThrow();
        double before = looked.localToScene(0, 0).getY();
        // As when a demo at the end of the page gets its runs' figures, and as when they go again.
        robot.interact(() -> demo.setMinHeight(900));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, looked.localToScene(0, 0).getY(), 1, "the page grew below");
        robot.interact(() -> demo.setMinHeight(Label.USE_COMPUTED_SIZE));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, looked.localToScene(0, 0).getY(), 1, "the page shrank below");
    }

    @Test
    void thePageIsKeptAsABitmapOnlyWhileNothingIsDrawnLive(FxRobot robot) {
        show(robot, TestLessons.lesson("01-a", "A", "", TestLessons.markdown("Text"), TestLessons.demo()));
        javafx.scene.Node viewport = robot.lookup("#lesson-view .viewport").query();
        assertTrue(viewport.isCache(), "a still page scrolls from its bitmap");
        robot.interact(liveViews::started);
        assertFalse(viewport.isCache(), "a live page would repaint the whole bitmap every frame");
        robot.interact(liveViews::ended);
        assertTrue(viewport.isCache());
    }

    @Test
    void blocksNoFactoryTakesShowAsLabelledCards(FxRobot robot) {
        show(robot, TestLessons.lesson("01-a", "A", "", TestLessons.quiz(3)));
        assertEquals(
                "Quiz: 3 questions",
                robot.lookup(".quiz-card .card-title").queryAs(Label.class).getText());
    }

    @Test
    void markdownBecomesStyledNodes(FxRobot robot) {
        show(robot, TestLessons.lesson("01-a", "A", "", TestLessons.markdown("""
                ## Heading two

                Plain *em* **strong** `code` and [a link](https://example.org/x).

                - one
                - two

                3. three
                4. four

                > quoted

                ---

                | a | b |
                |---|--:|
                | 1 | 2 |
                """)));
        assertEquals("Heading two", textOf(robot.lookup(".h2").queryAs(TextFlow.class)));
        assertEquals(List.of("em"), texts(robot, ".md-text.emphasis"));
        assertEquals(List.of("strong"), texts(robot, ".md-text.strong"));
        assertEquals(List.of("code"), texts(robot, ".md-text.inline-code"));
        assertEquals(List.of("•", "•"), labels(robot, ".bullet-list .list-marker"));
        assertEquals(List.of("3.", "4."), labels(robot, ".ordered-list .list-marker"));
        assertEquals(List.of("quoted"), texts(robot, ".blockquote .md-text"));
        assertEquals(1, robot.lookup(".thematic-break").queryAll().size());
        assertEquals(List.of("a", "b", "1", "2"), texts(robot, ".md-table .md-text"));
        robot.clickOn(robot.lookup(".md-text.link").queryAs(Text.class));
        assertEquals(List.of("https://example.org/x"), opened);
    }

    @Test
    void aLeadingHeadingThatRepeatsTheTitleIsNotShownTwice(FxRobot robot) {
        show(
                robot,
                TestLessons.lesson(
                        "01-a",
                        "Start methods and the __main__ guard",
                        "",
                        TestLessons.markdown("# Start methods and the `__main__` guard\n\nText.\n\n# Another\n")));
        assertEquals(
                List.of("Another"),
                robot.lookup(".h1").queryAllAs(TextFlow.class).stream()
                        .map(LessonViewTest::textOf)
                        .toList());
    }

    @Test
    void codeIsColouredAndCopyable(FxRobot robot) {
        show(robot, TestLessons.lesson("01-a", "A", "", TestLessons.code("python", "import os  # why\nx = 'a'\n")));
        assertEquals(List.of("import"), texts(robot, ".code-keyword"));
        assertEquals(List.of("# why"), texts(robot, ".code-comment"));
        assertEquals(List.of("'a'"), texts(robot, ".code-string"));
        robot.clickOn(".copy-button");
        assertEquals("import os  # why\nx = 'a'\n", clipboard(robot));
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() ->
                text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static String textOf(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(child -> text.append(child instanceof Text t ? t.getText() : ""));
        return text.toString();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return new ArrayList<>(robot.lookup(query).queryAllAs(Text.class).stream()
                .map(Text::getText)
                .toList());
    }

    private static List<String> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }
}
