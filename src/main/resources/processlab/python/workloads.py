"""The built-in demo tasks, shared by the demo scripts (threads, processes, Pool, subinterpreters).

count-primes is CPU-bound pure Python (it holds the GIL while it runs); sleep waits off the CPU (and
releases the GIL), so the two show the difference between computing and waiting. hash is CPU-bound too,
but in C: hashlib releases the GIL while it hashes a buffer larger than about 2 KiB, so threads doing it
run on several cores at once.
"""
import hashlib
import time

_MIB = 1 << 20


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


def hash_mebibytes(mebibytes):
    """SHA-256 over mebibytes MiB of zeros, 1 MiB per call: the GIL is released during each update()."""
    data = bytes(_MIB)
    digest = hashlib.sha256()
    for _ in range(mebibytes):
        digest.update(data)
    return digest.digest()[0]


def do_task(workload, size):
    """Runs one task: count-primes below size, sleep size milliseconds, or hash size MiB."""
    if workload == "sleep":
        time.sleep(size / 1000)
        return 0
    if workload == "hash":
        return hash_mebibytes(size)
    return count_primes(size)
