package processlab.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The log every sample lives in: readers never see a hole while it grows, its first chunk too. */
@Timeout(30)
class AppendLogTest {

    @Test
    void aReaderSeesEveryElementBelowTheSizeItReadsWhileTheLogGrows() throws Exception {
        AppendLog<Integer> log = new AppendLog<>();
        int count = 200_000;
        AtomicReference<String> hole = new AtomicReference<>();
        Thread reader = new Thread(
                () -> {
                    int seen = 0;
                    while (seen < count && hole.get() == null) {
                        int size = log.size();
                        for (int i = Math.max(0, seen - 3); i < size; i++) {
                            Integer value = log.get(i);
                            if (value == null || value != i) {
                                hole.set("index " + i + " held " + value + " at size " + size);
                            }
                        }
                        seen = size;
                    }
                },
                "append-log-test-reader");
        reader.start();
        for (int i = 0; i < count; i++) {
            log.append(i);
        }
        reader.join();
        assertNull(hole.get());
        assertEquals(count, log.size());
        assertEquals(count - 1, log.last());
    }
}
