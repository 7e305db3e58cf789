# Subclasses of the collections.abc ABCs get their mixin methods; abstract ones block
# instantiation; built-in types are registered; the ABCs subscript.
from collections.abc import MutableMapping, Sequence, Iterator, Iterable, Mapping, MutableSequence, Set, Hashable, Sized, Container, Callable, Generator
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store(); s['A'] = 1; s.update(B=2)
print(dict(s), s.get('a'), s.get('z', 0), 'b' in s, list(s.keys()), list(s.items()), list(s.values()), s.pop('a'), s.setdefault('c', 3), len(s))
print(s == {'b': 2, 'c': 3}, isinstance(s, Mapping), type(s.keys()).__name__)
s.popitem(); s.clear(); print(len(s))
class Deck(Sequence):
    def __init__(self): self.cards = list('AKQJ')
    def __getitem__(self, i): return self.cards[i]
    def __len__(self): return len(self.cards)
d = Deck()
print(list(d), 'Q' in d, d.index('Q'), d.count('A'), list(reversed(d)), d[1:3])
class Count(Iterator):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Count()), iter(Count()).__class__.__name__)
try:
    class Bad(Sequence): pass
    Bad()
except TypeError as e: print(e)
try:
    class Bad2(MutableMapping):
        def __getitem__(self, k): pass
    Bad2()
except TypeError as e: print(e)
class S(Set):
    def __init__(self, it): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= S([1,2,3,4]), a.isdisjoint(S([9])))
class ML(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
m = ML(); m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); print(m.d, m.pop(), m.d); m.remove(3); print(m.d)
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(1, Hashable), isinstance([], Hashable), issubclass(list, MutableSequence), isinstance(len, Callable))
print(sorted(Sequence.__abstractmethods__))
print(MutableMapping.__mro__)
import collections
import collections.abc as c
import functools
print(c.Iterable[int], c.Callable[[int], str], c.Mapping[str, int], type(c.Iterable[int]))
print(isinstance({}.keys(), c.Set), isinstance({}.keys(), c.KeysView), isinstance(b'a', c.ByteString))
class A:
    def m(self): pass
class Cl:
    def __call__(self): pass
print(isinstance(A().m, Callable), isinstance(Cl(), Callable), isinstance(A(), Callable),
      isinstance(int, Callable), isinstance(functools.partial(min), Callable), isinstance(print, Callable))
print(isinstance(collections.deque(), Sequence), isinstance(collections.OrderedDict(), Mapping),
      isinstance(collections.ChainMap(), Mapping), isinstance(range(3), Sequence))
class Seqish:
    def __getitem__(self, i): return i
    def __len__(self): return 3
print(isinstance(Seqish(), Sequence), isinstance(Seqish(), Iterable))
match collections.deque([1, 2]):
    case [a, b]: print('deque match', a, b)
match Seqish():
    case [a, b, c]: print('seqish matched')
    case _: print('seqish not matched')
