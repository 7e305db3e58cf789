# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    ignored = 0
    while True:
        try:
            yield 'value'
        except GeneratorExit:
            ignored += 1
            if ignored > 1:
                print('giving up')
                return
            print('ignoring GeneratorExit')

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(s.gi_frame is not None)
print(next(s))
print(s.close())
print(s.gi_frame)

def catch_all():
    try:
        yield 1
    except BaseException as e:
        print('caught', type(e).__name__)
    yield 'after'

c = catch_all()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def finally_yield():
    try:
        yield 1
    finally:
        yield 'from finally'

f = finally_yield()
next(f)
try:
    f.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def except_exception_only():
    try:
        yield 1
    except Exception:
        print('not reached: GeneratorExit is not an Exception')
        yield 2
    finally:
        print('finally ran')

e = except_exception_only()
next(e)
print(e.close())
