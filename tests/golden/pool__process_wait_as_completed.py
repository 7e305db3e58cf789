from concurrent.futures import ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED
import math

def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(math.isqrt(n)) + 1))

def check(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n, is_prime(n)

if __name__ == '__main__':
    numbers = [97, 100, 7919, 7920, 2, 1]
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(check, n) for n in numbers]
        results = sorted(f.result() for f in as_completed(futs))
        print(results)
        print(list(ex.map(is_prime, range(10), chunksize=3)))
        bad = ex.submit(check, -5)
        done, _ = wait([bad], return_when=FIRST_COMPLETED)
        print(bad in done, repr(bad.exception()))
        try:
            bad.result()
        except ValueError as e:
            print('caught', e)
