# Every list method.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'end'); a.insert(-1, 'before end'); print(a)
print(a.pop(), a.pop(0), a.pop(-2)); print(a)
a.remove(1); print(a)
print(a.index(1), a.index(5), a.index(9, 2), a.count(1), a.count('zz'))
b = a.copy(); b.append('copy only'); print(a, b)
a.clear(); print(a)
c = [5, 2, 8, 1]
print(c.sort(), c)
c.reverse(); print(c)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
             lambda: [1, 2].index(1, 1), lambda: [].insert(0)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
