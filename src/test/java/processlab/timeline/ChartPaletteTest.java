package processlab.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text a chart draws reads on every ground it is drawn on, in both palettes. */
class ChartPaletteTest {

    @Test
    void everyTextReadsOnItsGround() {
        List<String> unreadable = new ArrayList<>();
        for (ChartPalette palette : List.of(ChartPalette.LIGHT, ChartPalette.DARK)) {
            String name = palette == ChartPalette.LIGHT ? "light" : "dark";
            // Lane names and details on the gutter; axis, legend and meters on the ground; process rows and
            // their exit marks on the header; a task's name inside its bar.
            check(unreadable, name + " text on ground", palette.text(), palette.ground());
            check(unreadable, name + " soft text on ground", palette.textSoft(), palette.ground());
            check(unreadable, name + " text on gutter", palette.text(), palette.gutter());
            check(unreadable, name + " soft text on gutter", palette.textSoft(), palette.gutter());
            check(unreadable, name + " text on header", palette.text(), palette.header());
            check(unreadable, name + " soft text on header", palette.textSoft(), palette.header());
            check(unreadable, name + " exit ok on header", palette.exitOk(), palette.header());
            check(unreadable, name + " exit failed on header", palette.exitFailed(), palette.header());
            check(unreadable, name + " task name in its bar", palette.taskEdge(), palette.taskFill());
        }
        assertEquals(List.of(), unreadable);
    }

    @Test
    void theGroundChoosesThePaletteAndTheDarkOneShowsTheBlackCore() {
        assertEquals(ChartPalette.DARK, ChartPalette.forGround(0xFF0D1117));
        assertEquals(ChartPalette.LIGHT, ChartPalette.forGround(0xFFFFFFFF));
        assertEquals(ChartPalette.LIGHT, ChartPalette.forGround(0xFFF3F3F3));
        int black = CorePalette.colorOf(7);
        assertEquals(black, ChartPalette.LIGHT.core(black));
        assertNotEquals(black, ChartPalette.DARK.core(black));
        assertTrue(
                Contrast.ratio(ChartPalette.DARK.core(black), ChartPalette.DARK.ground()) >= 3,
                "a core's blocks stand out from the dark ground");
        assertEquals(CorePalette.colorOf(0), ChartPalette.DARK.core(CorePalette.colorOf(0)));
    }

    private static void check(List<String> unreadable, String what, int text, int ground) {
        double ratio = Contrast.ratio(text, ground);
        if (ratio < Contrast.TEXT_MINIMUM) {
            unreadable.add(what + String.format(" %.2f:1", ratio));
        }
    }
}
