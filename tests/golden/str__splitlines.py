# splitlines with all line terminators and keepends.
text = 'one\ntwo\r\nthree\rfour\n\nsix'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), '\nx'.splitlines())
print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
print('no newline'.splitlines(keepends=True))
poem = """Roses are red,
Violets are blue,
"""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, line)
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'))
