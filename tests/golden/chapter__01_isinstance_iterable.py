# pyco-expect: python3.7 CPython 3.11 removed the collections ABC aliases; under Python 3.7 this
# REPL snippet run as a script prints nothing (expression statements do not echo).
from collections import Iterable
l = [1, 2, 3, 4]
isinstance(l, Iterable)

from collections import Iterator
isinstance((x for x in range(10)), Iterator)
