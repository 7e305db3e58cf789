# pyco-args: --virtual-time
# pyco-expect: python3.7 CPython hangs forever on this deadlock; pyco reports it and exits 1.
# Changed from the chapter: the snippet uses ThreadPoolExecutor without importing it; the
# import below is added. pyco reports the deadlock and exits 1 (CPython hangs forever).
from concurrent.futures import ThreadPoolExecutor
# 官方死锁案例
import time

def wait_on_b():
    time.sleep(5)
    print(b.result())  # b不会完成，他一直在等待a的return结果
    return 5

def wait_on_a():
    time.sleep(5)
    print(a.result())  # 同理a也不会完成，他也是在等待b的结果
    return 6

executor = ThreadPoolExecutor(max_workers=2)
a = executor.submit(wait_on_b)
b = executor.submit(wait_on_a)
