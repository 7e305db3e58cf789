x = 10
print(eval('x * 2 + 1'), eval('[i for i in range(3)]'))
exec('y = x + 5\nprint("in exec", y)')
print(y)
def f():
    a = 3
    print(eval('a + x'))
    ns = {}
    exec('def g(n): return n * 2', ns)
    print(ns['g'](21))
f()
print(eval('x', {'x': 99}), eval('z', {}, {'z': 'local'}))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('undefined_name')
except NameError as e:
    print(e)
code = 'total = 0\nfor i in range(5):\n    total += i\n'
g = {}
exec(code, g)
print(g['total'], '__builtins__' in g)
