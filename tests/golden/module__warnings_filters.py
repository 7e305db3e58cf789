# warnings: filters (always/default/once/error/ignore), catch_warnings(record=True), showwarning.
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('third'))
    warnings.warn('again')
    warnings.warn('again')
for w in log:
    print(w.category.__name__, w.message, type(w.message).__name__)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    warnings.warn('pending', PendingDeprecationWarning)
print(len(log), str(log[0].message))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    try:
        warnings.warn('do not skip')
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', RuntimeWarning)
    warnings.warn('quiet')
    warnings.warn('loud', RuntimeWarning)
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    warnings.warn('x'); warnings.warn('x'); warnings.warn('y')
print([str(w.message) for w in log])
try:
    warnings.warn('bad', int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter('sometimes')
except AssertionError as e:
    print(e)
seen = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append((str(message), category.__name__))
warnings.warn('custom', FutureWarning)
warnings.showwarning = old
print(seen)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3), end='')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, '  x = 1  '), end='')
