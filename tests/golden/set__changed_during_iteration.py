# Changing a set's size while iterating it raises RuntimeError at the next step.
s = {1}
try:
    for v in s:
        s.add(2)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.discard(3)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again:', e)
s = {1, 2}
it = iter(s)
print(list(it))
s.add(5)
print(list(it), sorted(s))
s = {1, 2, 3}
for v in list(s):
    s.discard(v)
print(s)
t = {1, 2}
for v in t:
    t.add(v)
print(sorted(t))
