# json: dumps with its options, loads with hooks, and the errors CPython gives.
import json

data = {"name": "pyco", "tags": ["gen", "coro"], "n": 3, "pi": 3.14159, "ok": True,
        "none": None, "nested": {"b": [1, 2.5, {"c": []}], "a": {}}, "ü": "naïve ☃ 𝄞"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps("quote\" back\\ nl\n tab\t \x01"))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e300, 10**30]))
print(json.dumps({"s": {1, 2}}, default=sorted))
for bad, kw in (({1, 2}, {}), ({(1, 2): 3}, {}), ([float("nan")], {"allow_nan": False})):
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)

text = json.dumps(data)
print(json.loads(text) == data)
print(json.loads('  {"a": [1, -2, 3.5e2, true, false, null], "b": "\\u00e9\\ud834\\udd1e\\n"} '))
print(json.loads("[1.0, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "x": 2}', object_pairs_hook=list))
print(json.loads(b'[NaN, Infinity]'), json.loads('"plain"'), json.loads("12"))
for bad in ("", "[1,", '{"a" 1}', "{'a': 1}", "[1 2]", '"abc', '"a\\qb"', "[1] x", "[1,]",
            '{"a":1,}', "tru", '"\x01"', "\n\n  [\n  nul]"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, (e.lineno, e.colno, e.pos), isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
