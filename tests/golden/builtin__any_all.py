# any and all short-circuit and accept any iterable.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any([0, 1]), all([1, 0]), any('abc'), all(''))
def check(x):
    print('checking', x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [5, 1, 7]))
print(any({0: 'a'}), all({1: 0}), any(range(0)), all(range(1, 5)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
