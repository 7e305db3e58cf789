# Operators written with and without spaces tokenize the same way.
a, b = 7, 3
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b)
print(a<b, a<=b, a>b, a>=b, a==b, a!=b)
print(a&b, a|b, a^b, ~a, a<<b, a>>1)
print(-a, +a, - -a, not a)
print(a if a>b else b)
print(2**-1, -2**2, (-2)**2)
print(1<2<3, 3>2>1, 1<3>2)
x = [1, 2, 3]
print(x[-1], x[:-1], x[::-1])
print(a is b, a is not b, 1 in x, 4 not in x)
print(a>=b>=3)
print(1 -1, 1- 1, 1 - - 1)
