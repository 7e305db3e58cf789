# map of a tiny function over 100,000 items on a 4-worker thread pool.
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    print(sum(pool.map(square, range(100000))))
