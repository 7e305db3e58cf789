import textwrap

text = ("Generators are functions that can pause and resume; each call to next() runs "
        "the body until the following yield, which hands a value back to the caller.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word-that-must-break somewhere", width=12))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10, break_long_words=False))
print(textwrap.wrap("tabs\there and  double  spaces", width=15))
print(textwrap.wrap("First sentence.  Second one.", width=80, fix_sentence_endings=True))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.fill("one two three four five six", width=10, max_lines=2))
w = textwrap.TextWrapper(width=20, drop_whitespace=False)
print(w.wrap("keep   the   spaces here please"))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
