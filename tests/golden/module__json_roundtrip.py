import json

data = {"name": "Widget", "tags": ["a", "b"], "price": 9.5, "stock": None,
        "active": True, "dims": {"w": 2, "h": 3.0}, "ratio": 1e-5, "big": 10**20}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["dims"], separators=(",", ":")), json.dumps([1, [2, []], {}], indent=1))
print(json.dumps("héllo \"q\" \n\t\u2603"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -3e2}}'
obj = json.loads(text)
print(obj, type(obj["b"]["c"]).__name__)
print(json.loads('"\\u00e9\\n"'), json.loads("  [ ]  "), json.loads("123"), json.loads('{"a": 1, "a": 2}'))
for bad in ['{"a": 1,}', "[1, 2", "", "nope", '{"a" 1}', "[1] x", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "x"})
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps([Point(1, 2)], default=encode))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Point(**d)).y)
print(json.loads("[1.10, 2]", parse_float=str), json.dumps(float("nan")), json.dumps(-0.0))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t", sort_keys=True))
