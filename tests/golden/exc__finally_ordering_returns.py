log = []
def f(n):
    try:
        log.append("try")
        if n == 0:
            return "early"
        if n == 1:
            raise ValueError("one")
        log.append("body done")
    except ValueError as e:
        log.append(f"except {e}")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
for n in range(3):
    log.clear()
    print(n, f(n), log)

def overriding():
    try:
        return "try"
    finally:
        return "finally"
print(overriding())

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(swallow())

def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise
        finally:
            print("cleanup during reraise")
try:
    reraise()
except ValueError as e:
    print("got", e)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print("x", x)
    break
print("after loop")
e = None
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def fin_raise():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
fin_raise()
