# The order of with/finally/except when exceptions cross several frames.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)

def level2():
    with CM('level2'):
        try:
            raise ValueError('deep')
        finally:
            print('finally level2')

def level1():
    try:
        with CM('level1'):
            level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
    finally:
        print('finally level1')

print(level1())
