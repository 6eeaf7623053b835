"""Python subinterpreters: an InterpreterPoolExecutor of WORKERS threads, each running its own interpreter.

Run as: python3.14 demo_interpreters.py WORKERS TASKS count-primes|sleep|hash SIZE
Needs Python 3.14 or newer (concurrent.interpreters, PEP 734). Every interpreter has its own GIL, so
CPU-bound pure-Python tasks run on several cores at once, in one process: one pid, several busy threads.
"""
import os
import sys
from concurrent.futures import InterpreterPoolExecutor

from workloads import do_task


def pool_task(task, workload, size):
    """One task, run inside a worker's interpreter; the task number only labels it."""
    return do_task(workload, size)


def main():
    workers, task_count, workload, size = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    with InterpreterPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(pool_task, range(task_count), [workload] * task_count, [size] * task_count))
    print("process", os.getpid(), "finished", len(results), "tasks in", workers, "interpreters")


if __name__ == "__main__":
    main()
