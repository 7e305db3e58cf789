from collections import Counter, deque, defaultdict, ChainMap, OrderedDict, namedtuple

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total())
d = Counter(a=1, b=5, z=2)
print(c + d, c - d, c & d, c | d)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.subtract("aaaaaaaa")
print(c, sorted(c.elements()))
c.update({"q": 3})
print(list(c.items())[-1], Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
print(Counter("hello").most_common())

dq = deque(range(5), maxlen=5)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq)
dq.append(9)
dq.appendleft(-1)
print(dq, dq.maxlen, dq[0], dq[-1])
dq.extendleft("ab")
print(dq, dq.count(1), dq.index(2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque([1, 2, 3]) == deque([1, 2, 3]), list(reversed(deque("abc"))))

graph = defaultdict(list)
for a, b in [("x", "y"), ("x", "z"), ("y", "z")]:
    graph[a].append(b)
print(graph, dict(graph), graph["nope"], len(graph))
counts = defaultdict(int)
for w in "to be or not to be".split():
    counts[w] += 1
print(sorted(counts.items()))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm)
cm["color"] = "blue"
print(user, defaults, cm.maps)
child = cm.new_child({"size": "S"})
print(child["size"], child.parents["size"])

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
Pt = namedtuple("Pt", "x y", defaults=[0])
print(Pt(1), Pt(1, 2)._replace(y=5), Pt._fields, Pt._field_defaults, Pt(3, 4)._asdict())
