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
        DemoWork work = DemoWork.parse(args, 1);
        Thread.currentThread().setName("worker-" + (index + 1));
        for (int task = index; task < work.tasks(); task += work.workers()) {
            work.runTask(task);
            TaggedOutput.println("process " + ProcessHandle.current().pid() + " finished task " + task);
        }
    }
}
