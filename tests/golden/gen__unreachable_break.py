# Breaking out of a for loop over a fresh generator drops the last reference,
# so the generator's cleanup runs right after the loop.
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers cleanup')

for n in numbers():
    if n == 2:
        print('breaking')
        break
print('after loop')

def first_match(pred):
    for n in numbers():
        if pred(n):
            return n

print('first match', first_match(lambda n: n > 3))

def lines():
    with Closer():
        yield 'one'
        yield 'two'

class Closer:
    def __enter__(self):
        print('open')
    def __exit__(self, *exc):
        print('close', exc[0].__name__ if exc[0] else None)

for line in lines():
    print(line)
    break
print('after with-loop')

try:
    for n in numbers():
        if n == 1:
            raise ValueError('stop here')
except ValueError as e:
    print('caught', e)

print(next(iter(numbers())))
print('after next on temporary')
kept = numbers()
for n in kept:
    break
print('kept alive, no cleanup yet')
del kept
print('end')
