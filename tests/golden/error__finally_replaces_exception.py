def gen():
    try:
        yield 1
    finally:
        raise KeyError("raised in finally")

def load(name):
    try:
        return {"a": 1}[name]
    finally:
        g = gen()
        next(g)
        g.close()

load("missing")
