# Matching exceptions by tuple, by base class and in order.
def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 1 + 'a'
    return 'fine'

for kind in ['key', 'index', 'zero', 'type', 'ok']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print('lookup problem:', type(e).__name__, e)
    except ArithmeticError as e:
        print('arithmetic:', type(e).__name__, e)
    except Exception as e:
        print('other:', type(e).__name__, e)
errors = (ValueError, TypeError)
try:
    int('x')
except errors as e:
    print('dynamic tuple', type(e).__name__)
try:
    raise LookupError('base')
except KeyError:
    print('not this')
except LookupError as e:
    print('base class handler', e)
try:
    [].pop()
except:
    print('bare except catches', 'everything')
