package processlab.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The clicker's steps through a page whose headings sit at known places. */
@ExtendWith(ApplicationExtension.class)
class SectionScrollerTest {

    private ScrollPane scroll;
    private SectionScroller sections;

    @Start
    void start(Stage stage) {
        scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        sections = new SectionScroller(scroll);
        stage.setScene(new Scene(scroll, 800, 540));
        stage.sizeToScene(); // the stage may come sized from an earlier test
        stage.show();
    }

    /** A page {@code height} high with a 30-px heading at each of {@code headings}. */
    private void page(FxRobot robot, double height, double... headings) {
        robot.interact(() -> {
            Pane page = new Pane();
            page.setPrefHeight(height);
            page.setMinHeight(height);
            for (double y : headings) {
                Region heading = new Region();
                heading.getStyleClass().add("heading");
                heading.resizeRelocate(0, y, 300, 30);
                heading.setManaged(false);
                page.getChildren().add(heading);
            }
            scroll.setContent(page);
            scroll.setVvalue(0);
            scroll.applyCss();
            scroll.layout();
        });
    }

    private double view() {
        return scroll.getViewportBounds().getHeight();
    }

    /** The tops of the view after each press of next() (then of previous()), the start included. */
    private List<Double> walk(FxRobot robot, boolean forward) {
        List<Double> tops = new ArrayList<>();
        robot.interact(() -> {
            tops.add(sections.top());
            for (int i = 0; i < 100; i++) {
                boolean moved = forward ? sections.next() : sections.previous();
                scroll.layout();
                if (!moved) {
                    return;
                }
                tops.add(sections.top());
            }
            throw new AssertionError("the walk never ended: " + tops);
        });
        return tops;
    }

    @Test
    void aHeadingJustBelowAnotherDoesNotCostAPress(FxRobot robot) {
        // A heading right under another (an h2 then an h3): the old clicker stopped at each, 20 px apart.
        page(robot, 3000, 0, 400, 420, 1500, 2200);
        List<Double> tops = walk(robot, true);
        for (int i = 1; i < tops.size(); i++) {
            double step = tops.get(i) - tops.get(i - 1);
            assertTrue(
                    step >= view() / 2, "press " + i + " moved " + step + " px of a " + view() + "-px view: " + tops);
        }
    }

    @Test
    void theEndOfThePageIsNotANudgeAway(FxRobot robot) {
        // A heading 20 px above the last possible top: the old clicker stopped there, then moved 20 px.
        double height = 540 + 1000;
        page(robot, height, 0, 1000 - 20 + (540 - view()));
        List<Double> tops = walk(robot, true);
        double max = height - view();
        assertEquals(max, tops.get(tops.size() - 1), 1, "the walk reaches the end: " + tops);
        for (int i = 1; i < tops.size(); i++) {
            assertTrue(tops.get(i) - tops.get(i - 1) >= view() / 2, "press " + i + ": " + tops);
        }
    }

    @Test
    void everyPressShowsMostlyNewTextAndSkipsNothing(FxRobot robot) {
        Random random = new Random(12);
        for (int round = 0; round < 30; round++) {
            double height = view() * (1.6 + random.nextDouble() * 6);
            double[] headings = new double[random.nextInt(14)];
            for (int i = 0; i < headings.length; i++) {
                headings[i] = Math.floor(random.nextDouble() * height);
            }
            page(robot, height, headings);
            double view = view();
            double max = height - view;
            List<Double> down = walk(robot, true);
            assertEquals(max, down.get(down.size() - 1), 1, "round " + round + " reaches the end: " + down);
            for (int i = 1; i < down.size(); i++) {
                double step = down.get(i) - down.get(i - 1);
                assertTrue(step >= view / 2 - 1, "round " + round + ", press " + i + " moved " + step + ": " + down);
                assertTrue(step <= view + 1, "round " + round + ", press " + i + " skipped text: " + down);
            }
            List<Double> up = walk(robot, false);
            assertEquals(0, up.get(up.size() - 1), 1, "round " + round + " back to the top: " + up);
            for (int i = 1; i < up.size(); i++) {
                double step = up.get(i - 1) - up.get(i);
                assertTrue(step >= view / 2 - 1, "round " + round + ", back " + i + " moved " + step + ": " + up);
                assertTrue(step <= view + 1, "round " + round + ", back " + i + " skipped text: " + up);
            }
        }
        boolean[] movedFromTheTop = {true};
        robot.interact(() -> movedFromTheTop[0] = sections.previous());
        assertFalse(movedFromTheTop[0], "at the top, back leaves the page");
    }
}
