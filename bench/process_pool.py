# A CPU-bound function over 8 chunks on ProcessPoolExecutor(2), then ProcessPoolExecutor(1).
# stdout is the (timing-free) results; the 2-vs-1-worker speed-up goes to stderr.
import sys
import time
from concurrent.futures import ProcessPoolExecutor

CHUNK = 300_000


def work(seed):
    """Sum of a little integer arithmetic over one chunk."""
    acc = 0
    x = seed
    for _ in range(CHUNK):
        x = (x * 1103515245 + 12345) % 2147483648
        acc += x % 1000
    return acc


def run(workers):
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(work, range(8)))
    return results, time.perf_counter() - start


if __name__ == '__main__':
    two, t2 = run(2)
    one, t1 = run(1)
    print(sum(two), two == one)
    print(f"2 workers {t2:.3f}s, 1 worker {t1:.3f}s, speed-up {t1 / t2:.2f}x", file=sys.stderr)
