# OrderedDict and defaultdict.
from collections import OrderedDict, defaultdict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od))
od.move_to_end('b'); print(list(od))
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd['z'], 'z' in dd)
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
print(nested['x']['y'], dict(nested['x']))
plain = defaultdict()
try:
    plain['k']
except KeyError as e:
    print(type(e).__name__, e)
