package processlab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TooltipPlacementTest {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 80;
    private static final double VIEW_WIDTH = 900;

    @Test
    void aboveThePointerWhereThereIsRoom() {
        TooltipPlacement at = TooltipPlacement.place(400, 200, WIDTH, HEIGHT, VIEW_WIDTH, 220);
        assertEquals(200 - TooltipPlacement.GAP - HEIGHT, at.y());
        assertEquals(400 + TooltipPlacement.GAP, at.x());
    }

    @Test
    void nearTheTopBesideThePointerAndAboveTheNextLane() {
        TooltipPlacement at = TooltipPlacement.place(400, 70, WIDTH, HEIGHT, VIEW_WIDTH, 100);
        assertEquals(0, at.y());
        assertTrue(at.x() > 400, "right of the pointer, not over it: " + at);
        TooltipPlacement atTheRightEdge = TooltipPlacement.place(800, 70, WIDTH, HEIGHT, VIEW_WIDTH, 100);
        assertTrue(atTheRightEdge.x() + WIDTH < 800, "left of the pointer: " + atTheRightEdge);
        TooltipPlacement inAThinLane = TooltipPlacement.place(400, 50, WIDTH, HEIGHT, VIEW_WIDTH, 60);
        assertEquals(60, inAThinLane.y() + HEIGHT, 1e-9, "rises past the top rather than cover the next lane");
    }

    @Test
    void alwaysWithinTheViewsWidth() {
        assertEquals(
                VIEW_WIDTH - WIDTH,
                TooltipPlacement.place(880, 300, WIDTH, HEIGHT, VIEW_WIDTH, 320).x());
        assertEquals(
                0, TooltipPlacement.place(5, 30, 890, HEIGHT, VIEW_WIDTH, 200).x());
    }
}
