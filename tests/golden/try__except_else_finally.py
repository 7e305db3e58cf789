# try/except/else/finally: which parts run in which situation.
def run(x):
    try:
        print('  try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('  except')
        r = None
    else:
        print('  else', r)
    finally:
        print('  finally')
    return r

print(run(2))
print(run(0))
try:
    print('try only with finally')
finally:
    print('finally ran')
try:
    pass
except Exception:
    print('not printed')
else:
    print('else with no exception')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally runs before outer except')
except ValueError as e:
    print('outer caught', e)
