package processlab.worker;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The built-in tasks, the same as the Python demos run: count primes by trial division, sleep, or hash. */
public final class Workloads {

    private Workloads() {}

    /** Runs one task; {@code workload} is a {@code processlab.run.spec.Workload} id. */
    public static long run(String workload, long size) throws InterruptedException {
        switch (workload) {
            case "sleep" -> {
                Thread.sleep(size);
                return 0;
            }
            case "count-primes" -> {
                return countPrimes(size);
            }
            case "hash" -> {
                return hash(size);
            }
            default -> throw new IllegalArgumentException("unknown workload: " + workload);
        }
    }

    private static final int MIB = 1 << 20;

    /** SHA-256 over {@code mebibytes} MiB of zeros, 1 MiB at a time, as the Python task does; returns a digest byte. */
    public static long hash(long mebibytes) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[MIB];
        for (long i = 0; i < mebibytes; i++) {
            digest.update(buffer);
        }
        return digest.digest()[0];
    }

    /** Counts the primes below {@code limit} the slow way, so the CPU has work comparable to Python's. */
    public static long countPrimes(long limit) {
        long count = 0;
        for (long n = 2; n < limit; n++) {
            boolean prime = true;
            for (long d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
            }
        }
        return count;
    }
}
