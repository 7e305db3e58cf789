# pyco-args: --virtual-time
# Changed from the chapter: the snippet is a fragment; the import, a sleeper function and
# the input list x are added to make it a complete program.
import concurrent.futures
import time

def sleeper(n):
    time.sleep(n)
    return n * 10

x = [3, 1, 2]
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    print(list(executor.map(sleeper, x)))
