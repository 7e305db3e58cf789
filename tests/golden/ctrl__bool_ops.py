# and/or return one of their operands and short-circuit.
def t(label, value):
    print('eval', label)
    return value

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', [] or {} or 'last')
print(None and undefined_is_never_evaluated)
print(t('a', 0) and t('b', 1))
print(t('c', 1) or t('d', 1))
print(t('e', 1) and t('f', 0) or t('g', 'fallback'))
x = 5
print(0 < x < 10 and 'in range' or 'out')
print(not x == 5, (not x) == 5)
y = 3 if x > 2 else 4
print(y, 'yes' if [] else 'no')
print(True + True, True * 10, False - 1)
print(1 if 0 else 2 if 0 else 3)
