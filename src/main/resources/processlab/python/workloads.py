"""The built-in demo tasks, shared by demo_threads.py, demo_processes.py and demo_pool.py.

count-primes is CPU-bound pure Python (it holds the GIL while it runs); sleep waits off the CPU (and
releases the GIL), so the two show the difference between computing and waiting.
"""
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
    """Runs one task: count-primes below size, or sleep size milliseconds."""
    if workload == "sleep":
        time.sleep(size / 1000)
        return 0
    return count_primes(size)
