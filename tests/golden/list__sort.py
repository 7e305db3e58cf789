# sort and sorted with key and reverse.
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort(); print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
people = [('ann', 30), ('bob', 25), ('cy', 30), ('dee', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted('hello'), sorted((3, 1, 2)))
print(sorted([[2, 1], [1, 2], [1, 1]]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
