# 1,000,000 send() calls into a running-average coroutine.


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
next(avg)
last = None
for i in range(1_000_000):
    last = avg.send(i % 100)
avg.close()
print(last)
