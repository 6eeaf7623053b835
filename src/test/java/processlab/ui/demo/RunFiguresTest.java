package processlab.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The words and numbers on a run's figure tiles. */
class RunFiguresTest {

    @Test
    void showsCoresOfTheMachineSpeedUpAndWallTime() {
        RunFigures figures = new RunFigures(1.734, 2, 1.2831, OptionalDouble.of(1.66), "");
        assertEquals("1.7", figures.cores());
        assertEquals("of 2 cores busy", figures.coresCaption());
        assertEquals("×1.7", figures.speedUpText());
        assertEquals("vs 1 worker", figures.speedUpCaption());
        assertEquals("1.28 s", figures.wall());
    }

    @Test
    void aSpeedUpNotKnownSaysWhy() {
        RunFigures figures = new RunFigures(0.98, 1, 12.34, OptionalDouble.empty(), "measuring 1 worker…");
        assertEquals("—", figures.speedUpText());
        assertEquals("measuring 1 worker…", figures.speedUpCaption());
        assertEquals("of 1 core busy", figures.coresCaption());
        assertEquals("12.3 s", figures.wall());
    }
}
