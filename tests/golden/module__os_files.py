import os

base = 'module__os_files.tmp'
if os.path.isdir(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, 'b', 'c'), exist_ok=True)
os.makedirs(os.path.join(base, 'b', 'c'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'b'))
except FileExistsError as e:
    print(type(e).__name__, e, e.errno, e.filename)
with open(base + '/f.txt', 'w') as f:
    f.write('hello')
print(sorted(os.listdir(base)), os.path.exists(base + '/f.txt'), os.path.isfile(base + '/f.txt'))
print(os.path.isdir(base + '/f.txt'), os.path.isdir(base + '/b'), os.path.exists('nope'))
print(os.path.getsize(base + '/f.txt'), os.stat(base + '/f.txt').st_size)
os.rename(base + '/f.txt', base + '/g.txt')
print(sorted(os.listdir(base)))
for fn, arg in [(os.remove, 'nope'), (os.rmdir, 'nope'), (os.listdir, 'nope'), (os.mkdir, base),
                (os.rmdir, base), (os.remove, base), (os.stat, 'zz'), (os.chdir, 'nope')]:
    try:
        fn(arg)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    os.rename('nope', 'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), files)
os.unlink(base + '/g.txt')
os.rmdir(base + '/b/c')
os.removedirs(base + '/b')
print(os.path.exists(base))
