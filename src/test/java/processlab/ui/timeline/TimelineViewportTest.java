package processlab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import processlab.timeline.TimeWindow;

class TimelineViewportTest {

    private static final long S = 1_000_000_000L;

    @Test
    void followingKeepsTheNewestTimeInViewThenScrolls() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.follow(3 * S);
        assertEquals(0, viewport.window().startNs());
        assertEquals(10 * S, viewport.window().endNs());
        viewport.follow(20 * S);
        assertTrue(viewport.window().endNs() > 20 * S);
        assertEquals(10 * S, viewport.window().lengthNs(), "the live window keeps its length while it scrolls");
    }

    @Test
    void zoomAndPanStopFollowingAndFitShowsTheWholeRun() {
        TimelineViewport viewport = new TimelineViewport();
        long version = viewport.version();
        viewport.zoom(0.5, 5 * S);
        assertFalse(viewport.isFollowing());
        assertTrue(viewport.version() > version);
        assertEquals(5 * S, viewport.window().lengthNs());
        viewport.follow(30 * S);
        assertEquals(5 * S, viewport.window().lengthNs(), "not following any more");
        viewport.pan(S);
        assertEquals(3_500_000_000L, viewport.window().startNs());
        viewport.fit(4 * S);
        assertEquals(0, viewport.window().startNs());
        assertTrue(viewport.window().endNs() >= 4 * S && viewport.window().endNs() < 5 * S);
        viewport.reset();
        assertTrue(viewport.isFollowing());
    }

    @Test
    void zoomingOutAndPanningLeftNeverShowTimeBeforeTheRunBegan() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.fit(4 * S);
        for (int i = 0; i < 5; i++) {
            viewport.zoom(1.25, 3 * S); // the wheel's step, anchored right of the middle
        }
        assertEquals(0, viewport.window().startNs(), "zoomed out: " + viewport.window());
        assertTrue(viewport.window().lengthNs() > 4 * S, "it did zoom out");
        long length = viewport.window().lengthNs();
        viewport.pan(-2 * S);
        assertEquals(0, viewport.window().startNs(), "panned left: " + viewport.window());
        assertEquals(length, viewport.window().lengthNs(), "panning keeps the scale");
        viewport.zoom(0.5, S);
        viewport.pan(-10 * S);
        assertEquals(0, viewport.window().startNs());
    }

    @Test
    void backToTheWholeShowsTheLongestRunLastFittedNotJustOne() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.fit(4 * S); // the panel fits the longest of its runs when they end
        TimeWindow all = viewport.window();
        viewport.zoom(0.25, S);
        viewport.fitWhole(2 * S); // Home on the timeline of a 2 s run
        assertEquals(all, viewport.window());
        viewport.reset(); // a new press of Run
        viewport.fitWhole(S);
        assertTrue(viewport.window().endNs() < 2 * S, "the runs of before are forgotten: " + viewport.window());
    }
}
