# The walrus operator := in conditions, loops and comprehensions.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list of', n)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print('value', v)
print([y for x in data if (y := x * 2) > 10])
print(y)
results = [last := i for i in range(4)]
print(results, last)
print((total := 10) + total)
def f(x):
    return x * x
print([r for x in range(5) if (r := f(x)) % 2 == 0])
if any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']):
    print('first match', hit)
