# Hand-written sorting algorithms agree with sorted().
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a

def quick(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
for f in (bubble, quick, merge_sort):
    print(f.__name__, f(data), f(data) == sorted(data))
seed = 7
nums = []
for _ in range(50):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    nums.append(seed % 1000)
print(quick(nums) == sorted(nums) == merge_sort(nums) == bubble(nums), nums[:5])
