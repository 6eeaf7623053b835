package processlab.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Java threads: one JVM, WORKERS threads named worker-1… take TASKS tasks from a shared counter. Java has
 * no GIL, so CPU-bound threads run on all cores at once.
 *
 * <p>Arguments: WORKERS TASKS WORKLOAD SIZE
 */
public final class JavaThreadsWorker {

    private JavaThreadsWorker() {}

    public static void main(String[] args) throws InterruptedException {
        ParentWatch.start();
        int workers = Integer.parseInt(args[0]);
        int tasks = Integer.parseInt(args[1]);
        String workload = args[2];
        long size = Long.parseLong(args[3]);
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w <= workers; w++) {
            Thread thread = new Thread(() -> work(next, tasks, workload, size), "worker-" + w);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void work(AtomicInteger next, int tasks, String workload, long size) {
        int task;
        while ((task = next.getAndIncrement()) < tasks) {
            TaskEvents.started(Integer.toString(task));
            try {
                Workloads.run(workload, size);
            } catch (InterruptedException e) {
                return;
            } finally {
                TaskEvents.ended(Integer.toString(task));
            }
            System.out.println(Thread.currentThread().getName() + " finished task " + task);
        }
    }
}
