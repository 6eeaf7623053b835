package processlab.worker;

/** The built-in tasks, the same as the Python demos run: count primes by trial division, or sleep. */
public final class Workloads {

    private Workloads() {
    }

    /** Runs one task; {@code workload} is a {@code processlab.run.Workload} id. */
    public static long run(String workload, long size) throws InterruptedException {
        switch (workload) {
            case "sleep" -> {
                Thread.sleep(size);
                return 0;
            }
            case "count-primes" -> {
                return countPrimes(size);
            }
            default -> throw new IllegalArgumentException("unknown workload: " + workload);
        }
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
