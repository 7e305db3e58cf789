# split, subgroup and derive keep the nesting and copy the metadata
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

eg = ExceptionGroup('outer', [
    ValueError(1),
    TypeError(2),
    ExceptionGroup('inner', [ValueError(3), KeyError(4)]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.split((TypeError, KeyError))))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)
print(eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner')))
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__))
print(seen)
eg.__cause__ = RuntimeError('cause')
eg.add_note('a note')
m = eg.subgroup(TypeError)
print(repr(m.__cause__), m.__notes__, m.__notes__ is eg.__notes__)
d = eg.derive([KeyError(9)])
print(repr(d), d.__cause__, hasattr(d, '__notes__'))
print(repr(eg.derive([KeyboardInterrupt()])))
t(lambda: eg.split(1))
t(lambda: eg.split(int))
t(lambda: eg.split((ValueError, 1)))
t(lambda: eg.subgroup(lambda e: 1 / 0))
t(lambda: eg.split())
t(lambda: eg.derive())

class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + '!', excs)

print(repr(Tagged('t', [ValueError(1), TypeError(2)]).split(ValueError)))
