import textwrap

code = """
    def gen():
        yield 1
        yield 2
    """
print(repr(textwrap.dedent(code)))
print(textwrap.dedent("  a\n\tb\n"), end="|\n")
print(repr(textwrap.dedent("    x\n      y\n\n    z")))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(repr(textwrap.indent("a\n  \nb", "+ ", predicate=lambda line: True)))
print(textwrap.shorten("Hello  world! This is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world", width=10))
print(textwrap.shorten("Generators and coroutines", width=15, placeholder="..."))
try:
    textwrap.shorten("hello", width=3)
except ValueError as e:
    print("ValueError:", e)
