# 20,000 submit + result of a tiny function on a 4-worker thread pool.
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    total = 0
    for i in range(20000):
        total += pool.submit(square, i).result()
    print(total)
