"""Python threads: WORKERS threads of one process take TASKS tasks from a shared queue.

Run as: python demo_threads.py WORKERS TASKS count-primes|sleep|hash SIZE [SWITCH_INTERVAL_MS]
With the GIL, only one of the threads runs Python bytecode at any moment, so CPU-bound tasks take turns.
A thread that wants the GIL asks the running one to drop it after the switch interval (5 ms unless
SWITCH_INTERVAL_MS sets another), so that interval is the length of each turn.
"""
import queue
import sys
import threading

from workloads import do_task


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
    if len(sys.argv) > 5:
        sys.setswitchinterval(int(sys.argv[5]) / 1000)
        print("switch interval:", round(sys.getswitchinterval() * 1000, 3), "ms")
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
