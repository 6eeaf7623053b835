"""Python processes: WORKERS processes, each with its own interpreter, share TASKS tasks.

Run as: python demo_processes.py WORKERS TASKS count-primes|sleep SIZE [START_METHOD]
Worker w does tasks w, w+WORKERS, w+2*WORKERS... Separate processes have separate GILs, so CPU-bound
tasks run on several cores at once.
"""
import multiprocessing
import os
import sys
import time


def count_primes(limit):
    """Counts the primes below limit by trial division: pure Python, CPU-bound."""
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def do_task(workload, size):
    if workload == "sleep":
        time.sleep(size / 1000)
        return 0
    return count_primes(size)


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
