# Case conversion methods.
words = ['hello world', 'HELLO', "they're bill's friends", 'mIxEd CaSe', '123abc', 'ß']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=' | ')
print('ﬁ'.upper(), 'İ'.lower().encode())
print('Hello'.casefold(), 'STRASSE'.casefold() == 'straße'.casefold())
print('Title Case'.istitle(), 'not title'.istitle(), 'UP'.isupper(), 'low'.islower())
print('a1'.isupper(), '1'.islower(), 'ABC def'.isupper())
