# Indexing strings, including negative indexes and errors.
s = 'Python'
print(s[0], s[5], s[-1], s[-6])
print(s[len(s) - 1], type(s[0]))
for i in range(-len(s), len(s), 2):
    print(i, s[i])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s['0']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'J'
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], '中文字'[1])
