# Comments everywhere.
x = 1  # trailing comment
# a comment line
    # an indented comment line is fine
y = 2 # no space before it
print(x + y)  # print it


def f():
    # comment at the start of a body
    return 'f'  # comment after return
# comment between definitions at column 0
print(f())
s = "# not a comment"
print(s)
print('#', "#")
if x:
    # only a comment before the statement
    pass
    # and after
print('end')  # the end
