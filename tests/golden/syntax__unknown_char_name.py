# An unknown \N{...} name is a SyntaxError at compile time.
print('before')
s = 'ab\N{NO SUCH CHARACTER NAME}'
