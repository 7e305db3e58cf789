# threading.Barrier: arrival indexes, the action, timeouts breaking it, abort, reset, repr.
import threading
import time

order = []
lock = threading.Lock()
barrier = threading.Barrier(3, action=lambda: order.append("action"))


def party(name, delay):
    time.sleep(delay)
    index = barrier.wait()
    with lock:
        order.append((name, index))


threads = [threading.Thread(target=party, args=(n, d)) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order[0], sorted(order[1:]))
print(barrier.parties, barrier.n_waiting, barrier.broken)
print(repr(barrier).split(" at ")[0], repr(barrier).split(": ")[1])

# A second round on the same barrier.
results = []
threads = [threading.Thread(target=lambda: results.append(barrier.wait())) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

# A timeout breaks the barrier for everyone.
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, isinstance(e, RuntimeError), b2.broken)
print(repr(b2).split(": ")[1])
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset", b2.broken)

# abort wakes a waiting thread with BrokenBarrierError.
b3 = threading.Barrier(2)
outcome = []


def waiter():
    try:
        b3.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("aborted")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
print("waiting:", b3.n_waiting)
b3.abort()
t.join()
print(outcome)
try:
    threading.Barrier(0)
except ValueError as e:
    print(e)
