package processlab.run.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a tick uses is released by the loop's thread after its last tick, even when close() stopped waiting. */
@Timeout(20)
class PeriodicLoopTest {

    private static final long PERIOD_NS = 5_000_000L;

    @Test
    void aTickStuckPastTheCloseWaitStillFindsItsResourcesOpen() throws Exception {
        CountDownLatch inTick = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicInteger releases = new AtomicInteger();
        AtomicReference<Thread> releasedBy = new AtomicReference<>();
        AtomicReference<Boolean> releasedDuringTick = new AtomicReference<>();
        CountDownLatch released = new CountDownLatch(1);
        PeriodicLoop loop = new PeriodicLoop(
                "test-loop",
                PERIOD_NS,
                () -> {
                    inTick.countDown();
                    try {
                        letGo.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    releasedDuringTick.compareAndSet(null, releases.get() > 0);
                },
                () -> {
                    releases.incrementAndGet();
                    releasedBy.set(Thread.currentThread());
                    released.countDown();
                },
                50);
        loop.start();
        assertTrue(inTick.await(10, TimeUnit.SECONDS), "no tick ran");

        loop.close(); // gives up waiting after 50 ms while the tick is still inside
        assertEquals(0, releases.get(), "released while a tick was still running");
        assertTrue(loop.thread().isAlive());

        letGo.countDown();
        assertTrue(released.await(10, TimeUnit.SECONDS), "never released");
        assertEquals(Boolean.FALSE, releasedDuringTick.get());
        assertSame(loop.thread(), releasedBy.get());
        loop.thread().join(10_000);
        assertFalse(loop.thread().isAlive());
        assertEquals(1, releases.get());
    }

    @Test
    void aLoopClosedBeforeItStartedReleasesAtOnce() {
        AtomicInteger releases = new AtomicInteger();
        PeriodicLoop loop = new PeriodicLoop("test-loop", PERIOD_NS, () -> {}, releases::incrementAndGet);
        loop.close();
        loop.start();
        loop.close();
        assertEquals(1, releases.get());
        assertEquals(Thread.State.NEW, loop.thread().getState());
    }

    @Test
    void aPromptCloseReleasesBeforeItReturns() {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger releases = new AtomicInteger();
        PeriodicLoop loop = new PeriodicLoop("test-loop", PERIOD_NS, ticks::incrementAndGet, releases::incrementAndGet);
        loop.start();
        loop.close();
        assertEquals(1, releases.get());
        assertFalse(loop.thread().isAlive());
    }
}
