# += on a list mutates it in place (aliases see it); on a tuple it rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = {1}
s2 = s
s |= {2}
print(sorted(s2))
lst = [1]
lst += 'ab'
print(lst)
lst *= 2
print(lst)
d = {'n': [0]}
d['n'] += [1]
print(d)
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
