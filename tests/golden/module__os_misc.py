import os
import os.path
from os.path import join, splitext

print(os.name, os.sep, repr(os.linesep), os.path.sep, type(os.getpid()).__name__, os.cpu_count() > 0)
print(os.getcwd() == os.path.abspath('.'), os.path.basename(os.getcwd()))
print(join('a', 'b', 'c'), join('/a', '/b'), join('a/', 'b'), splitext('x/y.tar.gz'), splitext('.bashrc'))
print(splitext('a.b/c'), os.path.split('/a/b/c'), os.path.split('c'), os.path.split('/'))
print(os.path.dirname('/a/b/'), os.path.basename('/a/b/'), os.path.normpath('/a//b/./c/../d'))
print(os.path.normpath('../x/..'), os.path.isabs('/x'), os.path.relpath('/a/b/c', '/a/d'))
print(os.path.expanduser('x~'), os.getenv('PYCO_NOPE_X'), os.getenv('PYCO_NOPE_X', 'd'))
os.environ['PYCO_T'] = 'v1'
print(os.environ['PYCO_T'], 'PYCO_T' in os.environ, os.environ.get('PYCO_T'))
r = os.system('echo "from sh $PYCO_T"')
print('status', r, os.system('exit 3'), os.system('kill -9 $$'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(os.path.expandvars('$PYCO_T/${PYCO_T}/$PYCO_NOPE'), os.fspath('x'), len(os.urandom(4)), os.strerror(2))
del os.environ['PYCO_T']
print(os.getenv('PYCO_T'), os.system('test -z "$PYCO_T"'))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
try:
    os.environ['PYCO_NOPE_Y']
except KeyError as e:
    print('KeyError', e)
p = os.popen('echo hi; echo there')
print(p.readline(), p.read(), p.close())
with os.popen('printf "a\\nb\\n"; exit 2') as f:
    print(list(f))
print(os.popen('exit 3').close(), os.waitstatus_to_exitcode(os.system('exit 4')), os.uname().sysname)
