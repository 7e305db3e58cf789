# Adjacent string literals are concatenated at compile time.
s = 'a' 'b' "c"
print(s)
t = ('one '
     "two "
     '''three''')
print(t)
name = 'x'
print('value of ' f'{name}' ' is here')
print(len('ab' 'cd'))
print('x' 'y' == 'xy')
words = ['alpha' 'beta', 'gamma']
print(words)
