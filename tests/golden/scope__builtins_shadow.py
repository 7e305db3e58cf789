# Builtins can be shadowed by globals and locals, and restored with del.
print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def local_shadow():
    max = 'local max'
    return max
print(local_shadow(), max(1, 2))
import builtins
print(builtins.len('xy'), builtins.abs(-3))
list = [1, 2]
print(list)
del list
print(list('ab'))
def uses_sum():
    return sum([1, 2])
sum = 'not callable now'
try:
    uses_sum()
except TypeError as e:
    print(type(e).__name__, e)
del sum
print(uses_sum())
