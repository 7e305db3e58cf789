class ProtocolError(Exception):
    pass

def leaf():
    while True:
        msg = yield
        print("leaf got", msg)

def middle():
    yield from leaf()

def top():
    try:
        yield from middle()
    except KeyError:
        print("not this one")

g = top()
next(g)
g.send("hello")
g.throw(ProtocolError("bad frame"))
