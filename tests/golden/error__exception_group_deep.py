# groups nested deeper than 10 levels are cut; a re-raise keeps the original structure
e = ValueError('leaf')
for i in range(13):
    e = ExceptionGroup(f'level {i}', [e, KeyError(i)] if i % 5 == 0 else [e])
same = TypeError('twice')
try:
    raise ExceptionGroup('top', [e, same, same])
except* TypeError as g:
    print(repr(g))
    raise
