# __init_subclass__ runs for each subclass with the class statement's keywords; a
# metaclass gets them too; object.__init_subclass__ refuses keywords.
class Base:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, kw)
        Base.registry.append(cls.__name__)


class A(Base):
    pass


class B(A, tag=1):
    pass


print(Base.registry)


class Plugin:
    def __init_subclass__(cls, name=None):
        cls.plugin_name = name or cls.__name__.lower()


class Zip(Plugin, name="zipper"):
    pass


class Tar(Plugin):
    pass


print(Zip.plugin_name, Tar.plugin_name)


class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta new", name, kw)
        return super().__new__(m, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns)


class C(metaclass=Meta, flag=1):
    pass


opts = {"flag": 2}


class C2(metaclass=Meta, **opts):
    pass


try:
    class D(x=1):
        pass
except TypeError as e:
    print(e)
