package processlab.run.spec;

import java.util.Optional;
import processlab.util.EnumIds;

/**
 * The built-in tasks a demo can run, in both Python and Java. {@link #minSize()}..{@link #maxSize()} bound
 * the {@code size} field of a demo block.
 */
public enum Workload {
    /** CPU-bound: count the primes below {@code size} by trial division. */
    COUNT_PRIMES("count primes below", 1_000, 20_000_000, 200_000),
    /** Waiting: sleep {@code size} milliseconds (off the CPU, and without the GIL). */
    SLEEP("sleep milliseconds", 1, 60_000, 500),
    /**
     * CPU-bound, without the GIL: SHA-256 over {@code size} MiB (one 1 MiB buffer, hashed again and again). Python's
     * hashlib releases the GIL while it hashes a buffer larger than about 2 KiB, so threads doing it run at once.
     */
    HASH("MiB hashed per task", 1, 100_000, 1_000);

    private final String sizeMeaning;
    private final long minSize;
    private final long maxSize;
    private final long defaultSize;

    Workload(String sizeMeaning, long minSize, long maxSize, long defaultSize) {
        this.sizeMeaning = sizeMeaning;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.defaultSize = defaultSize;
    }

    public String id() {
        return EnumIds.idOf(this);
    }

    public String sizeMeaning() {
        return sizeMeaning;
    }

    public long minSize() {
        return minSize;
    }

    public long maxSize() {
        return maxSize;
    }

    public long defaultSize() {
        return defaultSize;
    }

    public static Optional<Workload> fromId(String id) {
        return EnumIds.fromId(Workload.class, id);
    }
}
