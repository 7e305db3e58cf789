import pprint

data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "active": True},
                  {"name": "bob", "roles": [], "active": False}],
        "counts": {"a": 1, "b": 2, "c": 3}, "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        "tuple": (1, 2), "set": {3, 1, 2}, "empty": {}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
print(pprint.pformat([1, 2], indent=4), pprint.pformat("short"))
pprint.pprint(["a long string " * 8])
pprint.pprint({"key": "x" * 90})
nested = [1, [2, [3, [4, [5]]]]]
pprint.pprint(nested, width=10)
r = [1, 2]
r.append(r)
print(pprint.pformat(r).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(r), pprint.isreadable([1, 2]))
pprint.pp({"b": 1, "a": [1] * 30})
