package processlab.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A thread's name as its program reported it wins over what the observer read: a Java worker that lives a few
 * milliseconds can end while /proc still shows the name it inherited ("java"), and would be hidden with the JVM's
 * own threads.
 */
class ReportedThreadNameTest {

    @Test
    void aNameReportedBeforeTheThreadIsSeenIsItsNameWhenItIs() {
        Recording recording = new Recording("run", 2, true);
        recording.threadNamed(10, 12, "worker-1");
        ThreadTrack track = recording.thread(10, 12, "java", 5);
        assertEquals("worker-1", track.name());
    }

    @Test
    void aNameReportedAfterwardsReplacesTheObserversAndStays() {
        Recording recording = new Recording("run", 2, true);
        ThreadTrack track = recording.thread(10, 12, "java", 5);
        recording.threadNamed(10, 12, "worker-2");
        assertEquals("worker-2", track.name());
        track.setName("java"); // a stale read of /proc
        assertEquals("worker-2", track.name());
    }

    @Test
    void aThreadNoOneNamedKeepsWhatTheObserverReads() {
        Recording recording = new Recording("run", 2, true);
        ThreadTrack track = recording.thread(10, 12, "java", 5);
        track.setName("worker-3");
        assertEquals("worker-3", track.name());
    }
}
