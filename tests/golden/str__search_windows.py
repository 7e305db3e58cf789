# str.find/rfind/index/rindex/count/startswith/endswith with start and end, incl. past the end.
s = "abcabc"
for start, end in [(None, None), (1, None), (-2, None), (3, 5), (4, 2), (6, None), (7, None),
                   (-10, None), (0, -1), (0, -10), (2, 100)]:
    print(start, end, s.find("bc", start, end), s.rfind("bc", start, end),
          s.find("", start, end), s.rfind("", start, end), s.count("", start, end),
          s.count("c", start, end), s.startswith("", start, end), s.startswith("ca", start, end),
          s.endswith(("x", "ab"), start, end), s.endswith("", start, end))
u = "中文abc中文abc"
print(u.find("文"), u.find("文", 2), u.rfind("文"), u.rfind("文", 0, 5), u.index("abc", 3),
      u.count("文", 1, -1), u.startswith("文a", 1), u.endswith("中文", 0, 7), u.find("", 20))
print("x".startswith(()), "x".endswith(("", "y")), "abc".find("c", True))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("a", 1, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
try:
    s.startswith(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.find("a", "1")
except TypeError as e:
    print("TypeError:", e)
text = "x" * 50000 + "needle" + "y" * 50000
pos = 0
hits = 0
while True:
    pos = text.find("y", pos)
    if pos < 0:
        break
    hits += 1
    pos += 1
print(hits, text.startswith("needle", 50000), text.endswith("needle", 0, 50006))
