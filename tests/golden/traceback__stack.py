# traceback's stack functions: extract_stack/format_stack/print_stack with limits, from
# recursion (folded), a generator, a thread and a coroutine; format_list/print_list.
import asyncio
import sys
import threading
import traceback


def where(limit=None):
    return [(fs.lineno, fs.name, fs.line) for fs in traceback.extract_stack(limit=limit)]


def outer():
    return inner()


def inner():
    traceback.print_stack(file=sys.stdout)
    print(where())
    print(where(1), where(-1), where(0))
    return traceback.format_stack(limit=2)


print("".join(outer()), end="")


def rec(n):
    if n == 0:
        print("".join(traceback.format_stack()), end="")
        return
    rec(n - 1)


rec(6)


def gen():
    yield where()


print(next(gen()))


def in_thread():
    print("thread:", where()[-2:])


t = threading.Thread(target=in_thread)
t.start()
t.join()


async def coro():
    return where()[-3:]


print(asyncio.run(coro())[-1])
print("".join(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)])), end="")
traceback.print_list(traceback.extract_stack()[-1:], file=sys.stdout)
print(traceback.StackSummary.from_list([("c.py", 1, "h", "pass")]).format())
