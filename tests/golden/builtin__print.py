# print with sep, end, file and flush.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- same line')
print('x', 'y', sep='\n', end='!\n')
print()
print('', end='')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, 'str')
print('to stdout', file=sys.stdout, flush=True)
print(*range(5), sep=' | ')
print('sep None', 'end None', sep=None, end=None)
print('%s' % 'multi\nline')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc'))
