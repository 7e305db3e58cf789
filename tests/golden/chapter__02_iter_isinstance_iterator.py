# pyco-expect: python3.7 CPython 3.11 removed the collections ABC aliases; under Python 3.7 this
# REPL snippet run as a script prints nothing (expression statements do not echo).
# Changed from the chapter: this snippet continues the REPL session of 01, so on its own it
# needs 01's import, added here.
from collections import Iterator
isinstance(iter('abc'), Iterator)
