# heapq: order of ties, tuples, errors, mutation during comparison, subclass lists.
import heapq
import random

random.seed(11)
data = [random.randint(0, 50) for _ in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:15])
print([heapq.heappop(h) for _ in range(20)])
tasks = [(p, name) for p, name in zip([3, 1, 2, 1, 3, 2], "abcdef")]
heapq.heapify(tasks)
print(tasks)
print(heapq.heapreplace(tasks, (0, "z")), heapq.heappushpop(tasks, (5, "y")), heapq.heappushpop(tasks, (-1, "w")))
print(tasks, heapq.heappushpop([], 7))
print(heapq.nlargest(3, data), heapq.nsmallest(4, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))


class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"Job({self.pri}, {self.name!r})"


jobs = [Job(2, "x"), Job(1, "y"), Job(2, "z"), Job(1, "w"), Job(0, "v")]
heapq.heapify(jobs)
print(jobs, [heapq.heappop(jobs) for _ in range(5)])


class MyList(list):
    pass


ml = MyList([5, 3, 8, 1])
heapq.heapify(ml)
print(ml, type(ml).__name__, heapq.heappop(ml))
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"),
             lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heappush([]),
             lambda: heapq.heappop()):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class Evil:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


victim = [1, 2, 3]
try:
    heapq.heappush(victim, Evil(victim))
except RuntimeError as e:
    print("RuntimeError:", e)
print(heapq.heappush.__name__, heapq.heappop.__doc__ is None or True)
