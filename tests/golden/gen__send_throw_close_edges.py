def worker():
    print("start")
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled ValueError:", e)
                yield "recovered"
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")

w = worker()
print(w.send(None))
w.send(1)
print(w.throw(ValueError("bad")))
print(w.send("after"))
w.send(2)
print(w.close(), w.close())
try:
    w.send(3)
except StopIteration as e:
    print("StopIteration", e.args)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns_on_close()
next(g)
print("close ->", g.close())

def yields_on_close():
    try:
        yield 1
    finally:
        yield 2
g = yields_on_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catches_all():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e)
g = catches_all()
next(g)
g.throw(KeyError, "k")
g.throw(TypeError("t"))
g.throw(ZeroDivisionError)
g.close()
print(g.gi_frame)

def unstarted():
    print("never")
    yield
g = unstarted()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("IndexError:", e)
print(next(g, "exhausted"))
g = unstarted()
g.close()
print(next(g, "closed before start"))
