"""Python processes: WORKERS processes, each with its own interpreter, share TASKS tasks.

Run as: python demo_processes.py WORKERS TASKS count-primes|sleep SIZE [START_METHOD]
Worker w does tasks w, w+WORKERS, w+2*WORKERS... Separate processes have separate GILs, so CPU-bound
tasks run on several cores at once.
"""
import multiprocessing
import os
import sys

from workloads import do_task


def worker(my_tasks, workload, size):
    for task in my_tasks:
        do_task(workload, size)
        print("process", os.getpid(), "finished task", task)


def main():
    workers, task_count, workload, size = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    method = sys.argv[5] if len(sys.argv) > 5 else "default"
    context = multiprocessing.get_context(None if method == "default" else method)
    processes = [context.Process(target=worker, args=(list(range(w, task_count, workers)), workload, size),
                                 name="worker-%d" % (w + 1))
                 for w in range(workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()


if __name__ == "__main__":
    main()
