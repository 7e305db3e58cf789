# A running-average coroutine driven by send().
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for term in (10, 30, 5, 15):
    print(avg.send(term))
avg.close()
print(avg.gi_frame)

def grouped_averages(data):
    results = {}
    for key, values in data.items():
        a = averager()
        next(a)
        last = None
        for v in values:
            last = a.send(v)
        results[key] = last
        a.close()
    return results

print(grouped_averages({'girls;kg': [40.9, 38.5, 44.3], 'boys;m': [1.38, 1.5, 1.32]}))

a2 = averager()
next(a2)
a2.send(1)
try:
    a2.send('spam')
except TypeError as e:
    print(type(e).__name__, e)
try:
    a2.send(2)
except StopIteration:
    print('averager is dead after the error')
