# traceback.format_exc() and print_exc() produce the same text as an uncaught error.
import traceback

def inner(x):
    return 10 // x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
print(text, end='')
print('---')
try:
    {}['missing']
except KeyError as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
print('---')
try:
    raise ValueError('a') from TypeError('b')
except ValueError:
    print(traceback.format_exc(), end='')
print(traceback.format_exc(), end='')
