# Error messages of failed int() and float() conversions.
def try_int(*args):
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

try_int('x')
try_int('')
try_int('1.5')
try_int('12a')
try_int(' ')
try_int('0x10')
try_int('9', 8)
try_int('1', 1)
try_int('1', 37)
try_int(None)
try_int([1])
try_int(1.5, 10)
try_int(float('inf'))
try_int(float('nan'))
try_int('1__0')
try_int('_1')
for s in ['abc', '', '1.2.3', 'infinity', 'nan', '1e', None]:
    try:
        print(float(s))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
