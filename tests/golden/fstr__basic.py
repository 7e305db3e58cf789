# f-strings: expressions, calls, nesting of quotes and of f-strings.
name = "World"
n = 42
items = [1, 2, 3]
d = {'key': 'value'}
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5}")
print(f"{items[0]} {items[-1]} {len(items)}")
print(f"{d['key']}")
print(f"{name.upper()} {name.lower()!s}")
print(f"{'nested ' + f'{n}'}")
print(f"{n if n > 40 else 0}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(1)}")
print(f"{ n }")
print(f"")
print(f"{{}} {{{n}}}")
print(f"{3.5} {True} {None}")
print(f"{'a'}{'b'}{'c'}")
print(f'''multi
{name}''')
