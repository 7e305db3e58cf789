s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip(" H")), repr(s.rstrip(". ")))
t = s.strip()
print(t.count("Hello"), t.find("World"), t.rfind("Hello"), t.index("again"), t.find("zz"))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
print(t.replace("Hello", "Bye", 1), t.split(", "), t.rsplit(" ", 1), t.partition("!"))
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hello world".capitalize())
print("a,b,,c".split(","), "  a  b ".split(), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["x", "y", "z"]), ", ".join(str(n) for n in range(3)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("42".zfill(5), "-42".zfill(5), "ab".center(7, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "Ab1".isalnum(), "12".isdigit(), " ".isspace())
print("tab\tsep".expandtabs(4), "snake_case_name".title(), "ÄÖü".casefold())
table = str.maketrans("aeiou", "12345", "x")
print("education xylophone".translate(table))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removesuffix("z"))
print("%s" % "Mississippi".count("ss"), "Mississippi".split("ss"), "Mississippi".rpartition("ss"))
print("a1b2c3"[::2], "abcdef"[-3:], "abcdef"[::-1], "abc" * 3, "b" in "abc")
print(ord("A"), chr(9731), "straße".upper(), "İ".lower(), len("İ".lower()))
print("x".join("abc"), "{}".join(["1", "2"]), "ab" < "b", "B" < "a", max("hello"))
print("one two three".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print(" x ".isspace(), "".isalpha(), "Hello World".istitle(), "hello".islower(), "ⅷ".isnumeric(), "½".isdecimal())
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
print(str(b"bytes", "ascii"), "caf\u00e9".encode(), "%.3s" % "abcdef")
print("Hello {}".format, "abc".__len__(), "a" "b" 'c')
