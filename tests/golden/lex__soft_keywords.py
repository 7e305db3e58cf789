# match, case, type and _ are soft keywords: usable as names.
match = 1
case = 2
type_ = 3
_ = 4
print(match, case, type_, _)
def match_all(match):
    return [m for m in match]
print(match_all('ab'))
_, x, _ = 1, 2, 3
print(x, _)
__ = 'dunder-ish'
print(__)
class_ = 'ok'
print(class_)
print(len.__name__, print.__name__)
