# in, +, *, comparison, len, iteration, min/max of strings.
s = 'hello'
print('ell' in s, 'xyz' in s, '' in s, 'h' not in s)
print(s + ' world', s * 2, 2 * s, s * 0, s * -1)
print('apple' < 'banana', 'Zebra' < 'apple', 'abc' < 'abcd', 'b' > 'abc')
print('a' == 'a', 'a' != 'A', 'abc' >= 'abc')
print(len(s), len(''), len('中文'), len('\n'))
print([c for c in 'abc'], list('hi'), tuple('ok'))
print(min('hello'), max('hello'), sorted('hello'))
print(sorted(['banana', 'Apple', 'cherry', 'apple']))
print(str(), str(123), str([1, 'a']), str(None))
print(s.__len__(), s.__contains__('h'), s.__getitem__(1))
x = 'a'
x += 'b'
x += 'c'
print(x, x == 'abc')
