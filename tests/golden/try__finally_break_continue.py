# break and continue inside try, except and finally.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('---')
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print('handled', e)
    finally:
        print('cleanup', i)
print('---')
for i in range(3):
    try:
        1 / 0
    finally:
        print('break in finally discards the exception')
        break
print('---')
i = 0
while i < 3:
    i += 1
    try:
        raise KeyError(i)
    finally:
        continue
print('loop done', i)
