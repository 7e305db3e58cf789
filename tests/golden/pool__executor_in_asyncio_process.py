import asyncio
import concurrent.futures

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fails(x):
    raise ValueError(f'bad input {x}')

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, fib, n) for n in (10, 15, 20)))
        print(results)
        try:
            await loop.run_in_executor(pool, fails, 3)
        except ValueError as e:
            print('ValueError from worker:', e)
        r = await asyncio.gather(loop.run_in_executor(pool, fails, 1),
                                 loop.run_in_executor(pool, fib, 5), return_exceptions=True)
        print([repr(x) for x in r])

if __name__ == '__main__':
    asyncio.run(main())
