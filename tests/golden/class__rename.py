# A class's __name__, __qualname__ and __module__ can be reassigned; reprs follow.
class Widget:
    class Part:
        pass


w = Widget()
Widget.__name__ = "Gadget"
print(Widget.__name__, Widget.__qualname__, Widget)
Widget.__qualname__ = "Outer.Gadget"
print(Widget, repr(w).split(" object")[0], type(w).__qualname__)
Widget.Part.__module__ = "parts"
print(Widget.Part, repr(Widget.Part()).split(" object")[0])


def make(name):
    class Temp:
        pass

    Temp.__name__ = Temp.__qualname__ = name
    return Temp


Dyn = make("Dynamic")
print(Dyn, Dyn.__name__, Dyn.__qualname__)
for value in (42, None):
    try:
        Widget.__name__ = value
    except TypeError as e:
        print(e)
try:
    Widget.__qualname__ = 1.5
except TypeError as e:
    print(e)
try:
    del Widget.__name__
except TypeError as e:
    print(e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(e)
print(Widget.__name__, int.__name__)
