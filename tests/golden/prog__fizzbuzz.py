# FizzBuzz, three ways.
for i in range(1, 16):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)

def fizzbuzz(n):
    return 'Fizz' * (n % 3 == 0) + 'Buzz' * (n % 5 == 0) or str(n)

print(' '.join(fizzbuzz(i) for i in range(1, 31)))
rules = [(3, 'Fizz'), (5, 'Buzz'), (7, 'Bazz')]
def general(n):
    out = ''.join(word for d, word in rules if n % d == 0)
    return out or str(n)
print([general(n) for n in [21, 35, 105, 11]])
