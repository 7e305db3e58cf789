import copy

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.deepcopy(Slotted())
print(s.a, s.b)

class Stack(list):
    pass
st = Stack([1, [2]])
st.name = "st"
st2 = copy.deepcopy(st)
print(type(st2).__name__, st2, st2.name, st2[1] is st[1])

class WithState:
    def __init__(self):
        self.data = 1
        self.cache = "big"
    def __getstate__(self):
        return {"data": self.data}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None
w = copy.copy(WithState())
print(w.data, w.cache)
