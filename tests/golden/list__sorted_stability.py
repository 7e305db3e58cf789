# Sorting is stable: equal keys keep their original order.
records = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 1)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_num_rev = sorted(records, key=lambda r: r[1], reverse=True)
print(by_num_rev)
data = [(1, 'z'), (0, 'y'), (1, 'x'), (0, 'w')]
step1 = sorted(data, key=lambda t: t[1])
step2 = sorted(step1, key=lambda t: t[0])
print(step2)
words = ['ccc', 'a', 'bb', 'dd', 'e', 'fff']
words.sort(key=len)
print(words)
print(sorted([3, 1, 2], key=lambda x: 0))
