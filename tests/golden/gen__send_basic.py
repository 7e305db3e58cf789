# send() resumes the generator and makes the pending yield evaluate to the value.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            print('got None, total stays', total)
        else:
            total += value

acc = accumulate()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(None))
print(acc.send(-3))

def tracer():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print('tracer received', received)

t = tracer()
print(next(t), t.send('x'), t.send([1]), t.send(None), t.send(0))
t.close()

def two_step():
    a = yield 'need a'
    b = yield 'need b'
    yield a * b

ts = two_step()
print(ts.send(None), ts.send(6), ts.send(7))
try:
    ts.send(1)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    ts.send(1)
except StopIteration as e:
    print('StopIteration again', e.value)
