# slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(2, None, -1))
data = list(range(20))
print(data[s], 'abcdefghijkl'[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, None])
last_three = slice(-3, None)
print('python'[last_three], [1, 2, 3, 4][last_three])
