# ProcessPoolExecutor: instances of module-level classes travel as class + state.
from concurrent.futures import ProcessPoolExecutor


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Tagged(list):
    pass


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


def transform(p):
    p.x *= 10
    return p, type(p).__name__


def build_tree():
    root = Node('root')
    for name in ('a', 'b'):
        child = Node(name)
        child.parent = root
        root.children.append(child)
    return root


def call(fn, *args):
    return fn(*args)


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        p = Point(1, 2)
        q, name = ex.submit(transform, p).result()
        print(p, q, name, isinstance(q, Point), q is p)
        print(ex.submit(p.moved, 5).result())
        print(ex.submit(call, Point, 3, 4).result())
        s = ex.submit(call, Slotted, 'x', [1]).result()
        print(type(s).__name__, s.a, s.b)
        t = Tagged([1, 2])
        t.label = 'tag'
        u = ex.submit(call, list, t).result()
        print(u)
        back = ex.submit(call, Point, t, {'k': Point(0, 0)}).result()
        print(type(back.x).__name__, back.x, back.x.label, back.y)
        root = ex.submit(build_tree).result()
        print(root.name, [c.name for c in root.children],
              all(c.parent is root for c in root.children))
