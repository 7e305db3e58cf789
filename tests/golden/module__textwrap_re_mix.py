import textwrap
import re

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.fill("x" * 30, width=12))
print(textwrap.fill("one two three", width=8, initial_indent="* ", subsequent_indent="  "))

log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-06 INFO backup done
2024-01-07 WARNING cpu 93%
2024-01-08 ERROR net down"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("date"), m["level"], m.span("msg"), m.groupdict()["msg"])
print(pat.findall(log)[1])
print(re.findall(r"ERROR (\w+)", log), re.findall(r"\d+%", log))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3"), re.split(r"x", "axbxc", maxsplit=1))
m = re.match(r"(\w+)@(\w+)\.com", "joe@site.com extra")
print(m.groups(), m.group(0), m.start(2), m.end(), m.string, m.lastindex)
print(re.search(r"z", "abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.escape("a.b*c"), re.subn("o", "0", "foo boo"), bool(re.match("", "x")))
print(re.compile(r"ab+", re.I), re.findall(r"(a)(b)?", "ab a"), re.sub("(?i)HELLO", "bye", "Hello hello"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.match(r"(?P<x>a)|b", "b").group("x"), re.search(r"(?<=\$)\d+", "cost $42").group())
