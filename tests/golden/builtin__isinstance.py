# isinstance and issubclass.
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance('a', (int, str)), isinstance([], (dict, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(3, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(list, list))
print(isinstance([], (int, (str, list))))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
