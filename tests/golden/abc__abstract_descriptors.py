from abc import ABCMeta, abstractmethod

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...

class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(Impl.make().name, getattr(Base.__dict__['make'], '__isabstractmethod__', None))
