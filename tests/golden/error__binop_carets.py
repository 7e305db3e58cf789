# Tracebacks mark the failing sub-expression of a binary operation.
a = 1
b = 'two'
c = 3
total = a * 2 + b + c
