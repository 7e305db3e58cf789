# At exit the names of __main__ go (underscored ones first), so suspended generators are
# closed then; one that ignores GeneratorExit is reported once (it used to be closed
# again and again, forever); a coroutine that never ran is reported as never awaited.
import atexit

def fin(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

def ignore_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")

def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

async def never():
    print("never runs")

def on_exit():
    try:
        {}['x']
    except KeyError:
        raise ValueError("atexit callback failed")

atexit.register(on_exit)
_private = fin("private")
next(_private)
a = fin("a")
next(a)
b = fin("b")
c = never()
h = ignore_exit()
next(h)
pair = [fin("in list"), 5]
next(pair[0])
r = raises_in_finally()
next(r)
print("end of program")
raise SystemExit(3)
