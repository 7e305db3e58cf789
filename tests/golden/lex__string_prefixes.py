# r, b, f prefixes and their combinations.
print(r'C:\new\table')
print(R"\d+\s*")
print(len(r'\n'), len('\n'))
print(b'abc', B'xyz', type(b''))
print(rb'\x00', br'\n', Rb'\t')
name = "pyco"
print(f'hello {name}', F"{name!r}")
print(rf'\{name}', fr'{name}\n')
print(u'unicode prefix')
print(r'it''s', "a" 'b' r'\c')
print(b'a' b'b')
print(repr(r'\''))
