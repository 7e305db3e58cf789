# SyntaxError's location fields, from the constructor and from compile errors, and its str().
try:
    exec('x = (1,\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
    print(str(e))
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(e.args[0], e.args[1][:3], e.offset)
    print(e)

e = SyntaxError('bad', ('f.py', 3, 4, 'x y', 3, 5))
print(str(e), e.args, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(repr(str(SyntaxError())), SyntaxError().msg, SyntaxError().lineno)
print(str(SyntaxError('m')))
print(str(SyntaxError('m', ('dir/f.py', None, None, None))))
print(str(SyntaxError('m', (None, 5, None, None))))
print(str(SyntaxError('m', ('a/b/f.py', 5, None, None))))
print(str(IndentationError('m', ('f.py', 5, 1, 'x'))))
for details in [('f.py', 1), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError('m', details)
    except TypeError as e:
        print('TypeError', e)


class MyErr(SyntaxError):
    def __init__(self, where):
        super().__init__('custom', (where, 9, 1, 'code', 9, 2))


print(MyErr('m.py'), MyErr('m.py').lineno)
