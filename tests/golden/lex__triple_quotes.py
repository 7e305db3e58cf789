# Triple-quoted strings keep newlines and quotes.
s = """first line
second "quoted" line
third 'single' line"""
print(s)
print(len(s.splitlines()))
t = '''a
  b
    c'''
print(t)
u = """\
no leading newline\
"""
print(repr(u))
v = """ends with quote\""""
print(v)
w = r'''raw \n triple'''
print(w)
print(repr("""x
"""))
