# The builtins module.
import builtins
print(builtins.len('abc'), builtins.print is print, builtins.__name__, builtins.int is int)
print(builtins.ValueError is ValueError, hasattr(builtins, 'sorted'), 'zip' in dir(builtins))
from builtins import max as mx, range as rg
print(mx(rg(5)))
import builtins as b2
print(b2 is builtins, type(builtins).__name__)
