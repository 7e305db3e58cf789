# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 5
if x > 3: print('one-line if')
if x: pass
else: print('never')
if []:
    print('empty list is truthy?')
elif {}:
    print('empty dict is truthy?')
else:
    print('both falsy')
if x > 1:
    if x > 2:
        if x > 4:
            print('deep', x)
