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
        DemoWork work = DemoWork.parse(args, 0);
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w <= work.workers(); w++) {
            Thread thread = new Thread(() -> work(next, work), "worker-" + w);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void work(AtomicInteger next, DemoWork work) {
        long started = System.nanoTime();
        TaskEvents.threadStarted();
        try {
            workOn(next, work);
        } finally {
            TaskEvents.threadEnded(started);
        }
    }

    private static void workOn(AtomicInteger next, DemoWork work) {
        int task;
        while ((task = next.getAndIncrement()) < work.tasks()) {
            try {
                work.runTask(task);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println(Thread.currentThread().getName() + " finished task " + task);
        }
    }
}
