# Changed from the chapter: this snippet continues the REPL session of 01, so on its own it
# needs 01's import, added here.
from collections import Iterator
isinstance(iter('abc'), Iterator)
