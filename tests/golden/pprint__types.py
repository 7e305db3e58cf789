import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    steps: list = field(default_factory=list)

pprint.pprint(Job("build", ["fetch", "compile", "test", "package", "upload", "announce", "celebrate"]))
pprint.pprint(Job("x"))
pprint.pprint((("tuple", "of") * 8, 1))
pprint.pprint(frozenset(range(30)))
pprint.pprint(b"bytes " * 20)
pprint.pprint(Counter("abracadabra" * 5))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(defaultdict(list, {"k%d" % i: [i] * 3 for i in range(6)}))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
p = pprint.PrettyPrinter(width=30, indent=2)
p.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta", "epsilon": (4, 5)}})
print(p.pformat([("x", 1)] * 3))
