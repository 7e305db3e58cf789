# is* predicate methods.
samples = ['123', '12.3', 'abc', 'abc123', '', ' ', '\t\n', 'ABC', '½', '²', '中文', 'a_b', 'if']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isascii(), s.isprintable())
