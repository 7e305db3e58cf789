import heapq
import bisect

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (4, "test"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print(tasks[0], len(tasks))
print([heapq.heappop(tasks) for _ in range(3)], tasks)
print(heapq.heappushpop(tasks, (0, "now")), heapq.heapreplace(tasks, (9, "later")), tasks)
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
heap = list(nums)
heapq.heapify(heap)
print(heap, [heapq.heappop(heap) for _ in range(len(heap))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)

grades = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[bisect.bisect(grades, score)]
print([grade(s) for s in (33, 60, 75, 89, 90, 100)])
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect(a, 10, hi=3))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)
records = [("ann", 31), ("bob", 25), ("cid", 40)]
records.sort(key=lambda r: r[1])
print(bisect.bisect_left(records, 30, key=lambda r: r[1]))
bisect.insort(records, ("dee", 33), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)

class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f"Job({self.p}, {self.name!r})"
jobs = [Job(2, "b"), Job(1, "a"), Job(3, "c")]
heapq.heapify(jobs)
print(heapq.heappop(jobs), jobs)
