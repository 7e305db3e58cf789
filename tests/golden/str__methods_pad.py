# center, ljust, rjust, zfill, expandtabs.
s = 'abc'
print('[' + s.center(9) + ']', '[' + s.center(8) + ']', '[' + s.center(2) + ']')
print('[' + s.center(9, '*') + ']', '[' + 'ab'.center(5, '-') + ']')
print('[' + s.ljust(6) + ']', '[' + s.rjust(6) + ']', '[' + s.ljust(6, '.') + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3))
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '12345\t6'.expandtabs(4))
try:
    s.center(5, '**')
except TypeError as e:
    print(type(e).__name__, e)
for n in range(1, 5):
    print(('x' * n).center(7, '.'))
