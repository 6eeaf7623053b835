"""Python Pool: a Pool of WORKERS processes maps a function over TASKS tasks.

Run as: python demo_pool.py WORKERS TASKS count-primes|sleep SIZE [START_METHOD]
chunksize=1 hands out one task at a time, so every task shows as its own slice on the timeline.
"""
import multiprocessing
import sys
from functools import partial

from workloads import do_task


def pool_task(task, workload, size):
    """One pool task; the task number only labels it."""
    return do_task(workload, size)


def main():
    workers, task_count, workload, size = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    method = sys.argv[5] if len(sys.argv) > 5 else "default"
    context = multiprocessing.get_context(None if method == "default" else method)
    with context.Pool(workers) as pool:
        results = pool.map(partial(pool_task, workload=workload, size=size), range(task_count), chunksize=1)
    print("finished", len(results), "tasks")


if __name__ == "__main__":
    main()
