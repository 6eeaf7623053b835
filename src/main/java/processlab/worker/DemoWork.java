package processlab.worker;

/**
 * What a Java demo run is asked to do, as its command line says it: WORKERS TASKS WORKLOAD SIZE.
 *
 * @param workload a workload id ({@code count-primes}, {@code sleep}, {@code hash}), as {@link Workloads} runs it
 */
record DemoWork(int workers, int tasks, String workload, long size) {

    /** The four arguments from {@code args[from]} on. */
    static DemoWork parse(String[] args, int from) {
        return new DemoWork(
                Integer.parseInt(args[from]),
                Integer.parseInt(args[from + 1]),
                args[from + 2],
                Long.parseLong(args[from + 3]));
    }

    /** Does task number {@code task}, reporting its start and end to ProcessLab ({@link TaskEvents}). */
    void runTask(int task) throws InterruptedException {
        TaskEvents.started(Integer.toString(task));
        try {
            Workloads.run(workload, size);
        } finally {
            TaskEvents.ended(Integer.toString(task));
        }
    }
}
