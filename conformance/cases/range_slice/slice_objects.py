# slice objects: repr, attributes, indices() normalisation, equality and hashing, use with __getitem__
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), slice(None, None, -1), s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(5).step, slice("a", "b", "c"), slice([1], {}))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, 2), slice(1, -1, 3),
           slice(None, None, -2), slice(100, -100, -3), slice(-1, -10, -1), slice(3, 3)]:
    idx = sl.indices(10)
    print(sl, idx, list(range(*idx)), list(range(10))[sl] == list(range(*idx)))
print(slice(0, 5).indices(0), slice(None, None, -1).indices(0), slice(2 ** 70, None).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
class Show:
    def __getitem__(self, key):
        return key
g = Show()
print(g[1:2], g[:], g[::3], g[1:2, 3], g[..., 1:], g[::-1], g["a":"b"], g[1:2:3, ::], g[()], g[(1,)])
print(list(range(10))[slice(3)], "abcdef"[slice(1, None, 2)], (1, 2, 3)[slice(None, None, -1)])
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice("a", 2).indices(5)
except TypeError as e:
    print("TypeError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    s.start = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(s).__name__, slice(1, 2).__reduce__())
