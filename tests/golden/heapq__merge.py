import heapq

m = heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])
print(type(m).__name__, next(m), next(m))
print(list(m))
print(list(heapq.merge([1, 3], [], [2, 2, 4])))
print(list(heapq.merge(["b", "d"], ["a", "c", "e"])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["fig", "apple"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([(1, "a"), (3, "c")], [(2, "b")], key=lambda t: t[0])))

def numbers(start, step, n):
    for i in range(n):
        yield start + i * step

print(list(heapq.merge(numbers(0, 3, 4), numbers(1, 3, 4), numbers(2, 3, 4))))
print(list(heapq.merge()), list(heapq.merge([1])))
stream = heapq.merge(iter([1, 5]), iter([2, 3]))
for x in stream:
    print("got", x)
