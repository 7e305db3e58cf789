# assert with and without messages, caught.
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print(e.args)
assert True, 'never raised'
print('done')
