package processlab.worker;

/**
 * One worker process of the Java processes demo: does tasks INDEX, INDEX+WORKERS… one after another.
 *
 * <p>Arguments: INDEX WORKERS TASKS WORKLOAD SIZE
 */
public final class JavaProcessWorker {

    private JavaProcessWorker() {}

    public static void main(String[] args) throws InterruptedException {
        ParentWatch.start();
        int index = Integer.parseInt(args[0]);
        int workers = Integer.parseInt(args[1]);
        int tasks = Integer.parseInt(args[2]);
        String workload = args[3];
        long size = Long.parseLong(args[4]);
        Thread.currentThread().setName("worker-" + (index + 1));
        for (int task = index; task < tasks; task += workers) {
            TaskEvents.started(Integer.toString(task));
            try {
                Workloads.run(workload, size);
            } finally {
                TaskEvents.ended(Integer.toString(task));
            }
            TaggedOutput.println("process " + ProcessHandle.current().pid() + " finished task " + task);
        }
    }
}
