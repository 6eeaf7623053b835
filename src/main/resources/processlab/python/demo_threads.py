"""Python threads: WORKERS threads of one process take TASKS tasks from a shared queue.

Run as: python demo_threads.py WORKERS TASKS count-primes|sleep SIZE
With the GIL, only one of the threads runs Python bytecode at any moment, so CPU-bound tasks take turns.
"""
import queue
import sys
import threading
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


def worker(tasks, workload, size):
    while True:
        try:
            task = tasks.get_nowait()
        except queue.Empty:
            return
        do_task(workload, size)
        print(threading.current_thread().name, "finished task", task)


def main():
    workers, task_count, workload, size = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    tasks = queue.Queue()
    for task in range(task_count):
        tasks.put(task)
    threads = [threading.Thread(target=worker, args=(tasks, workload, size), name="worker-%d" % (i + 1))
               for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
