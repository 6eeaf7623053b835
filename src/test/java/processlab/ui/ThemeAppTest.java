package processlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import processlab.lesson.LessonLoader;
import processlab.progress.ProgressStore;
import processlab.run.TestRuns;
import processlab.settings.StartOptions;
import processlab.tryit.EngineCodeRunner;
import processlab.ui.code.TryItView;
import processlab.ui.presentation.PresentationMode;
import processlab.ui.shell.LessonItem;

/**
 * The theme switch in the real app: after switching to dark, what was built in the light theme reads (code
 * blocks, a try-it run's output, the prose, the lesson list), and the choice is still there at the next start,
 * from the first frame on.
 */
class ThemeAppTest extends AppFxTest {

    private static final Path LESSONS = Path.of("src/test/resources/theme-lessons");
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final double READABLE = 4.5;

    @TempDir
    Path dir;

    /** Runs before {@link AppFxTest} stops the app. */
    @AfterEach
    void goBackToLight(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(LIGHT));
    }

    @Test
    void whatWasBuiltInTheLightThemeReadsAfterSwitchingToDark(FxRobot robot) throws Exception {
        Node[] parts = startWithARunTryIt(robot);
        Node codeBlock = parts[0];
        TryItView tryIt = (TryItView) parts[1];

        robot.clickOn("#theme-toggle");

        Map<String, Double> measured = new LinkedHashMap<>();
        awaitReadable(() -> surfaces(codeBlock, tryIt, measured), measured);
    }

    @Test
    void presentingInTheDarkThemeIsFullStrengthWhiteOnBlackAndInTheLightThemeBlackOnWhite(FxRobot robot)
            throws Exception {
        Node[] parts = startWithARunTryIt(robot);
        PresentationMode mode = app.presentation().orElseThrow();

        robot.clickOn("#theme-toggle");
        robot.interact(mode::enter);
        Map<String, Double> measured = new LinkedHashMap<>();
        awaitReadable(() -> surfaces(parts[0], (TryItView) parts[1], measured), measured);
        assertEquals(Color.BLACK, groundOf(robot), "the dark projector palette's ground");
        double prose = measured.get("prose");
        assertTrue(prose >= 15, "prose at full strength on a projector, white on black: " + prose);

        // Back in the light theme (switched outside presentation mode, where the switch is shown).
        robot.interact(mode::leave);
        robot.clickOn("#theme-toggle");
        robot.interact(mode::enter);
        assertEquals(Color.WHITE, groundOf(robot), "the light projector palette's ground");
        awaitReadable(() -> surfaces(parts[0], (TryItView) parts[1], measured), measured);
        robot.interact(mode::leave);
    }

    /** Starts the app on the theme lesson and runs its try-it block: its code block and try-it, with output. */
    private Node[] startWithARunTryIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app = new ProcessLabApp(
                    List.of(),
                    LessonLoader::loadFolder,
                    () -> new Classroom(new EngineCodeRunner(TestRuns.environment()), ProgressStore.open(dir)));
            app.start(stage, new StartOptions(Optional.of(LESSONS), Optional.empty(), false));
        });
        waitUntil(() -> selectedId().equals("01-colours")
                && app.shell().completeProperty().get()
                && app.lessonView().completeProperty().get());
        TryItView tryIt = robot.lookup(".tryit").queryAs(TryItView.class);
        robot.interact(tryIt::run);
        waitUntil(() -> tryIt.output().shownText().contains("to stderr")
                && ((javafx.scene.control.Label) tryIt.lookup(".tryit-status"))
                        .getText()
                        .startsWith("Finished"));
        return new Node[] {robot.lookup(".code-block").query(), tryIt};
    }

    /** The colour of the page behind the lesson's title, as drawn. */
    private Color groundOf(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Parent root = stage.getScene().getRoot();
                    WritableImage window = snapshot(root);
                    javafx.geometry.Bounds title = root.sceneToLocal(root.lookup("#lesson-title")
                            .localToScene(root.lookup("#lesson-title").getBoundsInLocal()));
                    return window.getPixelReader().getColor((int) title.getMinX() - 4, (int) title.getMinY() - 4);
                })
                .get();
    }

    /** The contrast of every text the theme must carry: code, try-it, its output, the prose and the bars. */
    private Map<String, Double> surfaces(Node codeBlock, TryItView tryIt, Map<String, Double> measured) {
        measured.clear();
        WritableImage block = snapshot(codeBlock);
        for (Node token : codeBlock.lookupAll(".code-run")) {
            if (((Text) token).getText().isBlank()) {
                continue;
            }
            String kind = token.getStyleClass().get(1);
            measured.merge("code block, " + kind, contrast(block, codeBlock, token), Math::min);
        }
        measured.put("code block, language", contrast(block, codeBlock, codeBlock.lookup(".code-language")));
        WritableImage card = snapshot(tryIt);
        measured.put("try-it, code", contrast(card, tryIt, textIn(tryIt.editor(), "print")));
        measured.put("try-it, status", contrast(card, tryIt, tryIt.lookup(".tryit-status")));
        measured.put("try-it output, stdout", contrast(card, tryIt, textIn(tryIt.output(), "to stdout")));
        measured.put("try-it output, stderr", contrast(card, tryIt, textIn(tryIt.output(), "to stderr")));
        Parent root = stage.getScene().getRoot();
        WritableImage window = snapshot(root);
        measured.put("lesson title", contrast(window, root, root.lookup("#lesson-title")));
        measured.put("prose", contrast(window, root, textIn(root.lookup("#lesson-content"), "A ")));
        Node list = root.lookup(".lesson-cell .lesson-title");
        if (list.isVisible() && list.getScene() != null && isShown(list)) {
            measured.put("lesson list", contrast(window, root, list));
            measured.put("top bar", contrast(window, root, root.lookup("#status")));
        }
        return measured;
    }

    /** Whether the node and all its parents are visible (presentation mode hides the list and the top bar). */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theThemeChosenIsTheThemeOfTheNextStartFromItsFirstFrame(FxRobot robot) throws Exception {
        robot.interact(() -> app = ClassroomApp.start(stage, dir, false));
        waitUntil(() -> app.shell().completeProperty().get());
        robot.clickOn("#theme-toggle");
        assertEquals(DARK, Application.getUserAgentStylesheet());

        // A new start, as in a new JVM: the toolkit's theme is back to light until the app sets it.
        robot.interact(() -> {
            app.stop();
            Application.setUserAgentStylesheet(LIGHT);
        });
        String[] beforeTheFirstFrame = new String[1];
        Paint[] windowBeforeTheFirstFrame = new Paint[1];
        robot.interact(() -> {
            app = ClassroomApp.start(stage, dir, false);
            beforeTheFirstFrame[0] = Application.getUserAgentStylesheet();
            windowBeforeTheFirstFrame[0] = stage.getScene().getFill();
        });
        assertEquals(DARK, beforeTheFirstFrame[0], "the first frame is already dark");
        assertTrue(
                windowBeforeTheFirstFrame[0] instanceof Color fill && fill.getBrightness() < 0.2,
                "the window is dark even before its first frame: " + windowBeforeTheFirstFrame[0]);
        waitUntil(() -> app.shell().completeProperty().get());
        assertTrue(robot.lookup("#theme-toggle").queryAs(ToggleButton.class).isSelected(), "the switch says dark");

        robot.clickOn("#theme-toggle");
        robot.interact(() -> {
            app.stop();
            app = ClassroomApp.start(stage, dir, false);
        });
        assertEquals(LIGHT, Application.getUserAgentStylesheet(), "and back to light is remembered too");
    }

    /** Waits for every text measured to read; when time runs out, names the ones that do not. */
    private static void awaitReadable(
            java.util.concurrent.Callable<Map<String, Double>> measure, Map<String, Double> measured) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(measure).get().values().stream()
                            .allMatch(ratio -> ratio >= READABLE));
        } catch (TimeoutException stillUnreadable) {
            // The assertion below says which.
        }
        Map<String, Double> unreadable = new LinkedHashMap<>(measured);
        unreadable.values().removeIf(ratio -> ratio >= READABLE);
        assertEquals(Map.of(), unreadable, "contrast below 4.5:1; all measured: " + measured);
    }

    private static WritableImage snapshot(Node node) {
        return node.snapshot(null, null);
    }

    private static double contrast(WritableImage image, Node pictured, Node text) {
        return Math.round(TextContrast.of(image, TextContrast.in(pictured, text)) * 10) / 10.0;
    }

    /** The first text node under {@code parent} whose text starts with one of {@code starts}. */
    private static Node textIn(Node parent, String... starts) {
        for (Node node : parent.lookupAll("*")) {
            if (node instanceof Text text && text.isVisible()) {
                for (String start : starts) {
                    if (text.getText() != null && text.getText().startsWith(start)) {
                        return text;
                    }
                }
            }
        }
        throw new AssertionError("no text starting with " + List.of(starts) + " in " + parent);
    }

    private String selectedId() {
        return app.viewModel().selected().map(LessonItem::id).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
