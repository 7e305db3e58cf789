import copy

nested = [[1, 2], [3, 4], {"k": [5]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[2]["k"].append(6)
print(shallow, deep)
print(shallow is nested, shallow[0] is nested[0], deep[0] is nested[0])
d = {"a": [1], "b": (2, [3])}
d2 = copy.deepcopy(d)
d["b"][1].append(4)
print(d, d2, d2["b"] is d["b"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset({3})))
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
loop = [1]
loop.append(loop)
l2 = copy.deepcopy(loop)
print(l2[1] is l2, l2 is loop, l2)
memo = {}
a = copy.deepcopy([shared], memo)
print(id(shared) in memo, memo[id(shared)] == [0])
print(copy.copy(5), copy.deepcopy("str"), copy.copy(None), copy.deepcopy(len) is len)
def gen():
    yield 1
try:
    copy.deepcopy(gen())
except TypeError as e:
    print("TypeError:", e)
