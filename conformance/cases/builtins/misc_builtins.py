# The remaining built-ins: zip(strict), enumerate, range/slice objects, len, callable, getattr family, type(), bytes/bytearray/memoryview.
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip()), list(zip('ab', 'xyz')))
try:
    list(zip('ab', 'xyz', strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(enumerate('xy')), len(range(0, 10, 3)), range(10)[2:8:2], range(5)[-1], 3 in range(0, 10, 3))
print(slice(1, 10, 2).indices(5), 'abcdefgh'[slice(1, None, 3)], slice(3), repr(slice(None)))
print(len('héllo'), len(b'h\xc3\xa9'), len([None] * 4), len({1: 2}), len(range(2 ** 40)) if False else 'skip')
print(callable(print), callable(None), callable(type), callable(lambda: 0))
T = type('T', (), {'v': 1})
print(type(5).__name__, type(T).__name__, T.__name__, type(type), isinstance(T(), T))
print(getattr(T, 'v'), getattr(T, 'w', 'dflt'), hasattr(T, 'v'), setattr(T, 'w', 2), T.w, delattr(T, 'w'), hasattr(T, 'w'))
try:
    getattr(T, 5)
except TypeError as e:
    print('TypeError:', e)
ba = bytearray(b'abc')
ba.append(100)
ba[0] = 65
print(ba, bytes(3), bytes('é', 'utf-8'), bytes([1, 2]), bytearray(2), ba.hex(), bytes.fromhex('41 42'))
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:3]), mv.nbytes, mv.readonly, mv.tolist()[:3], mv.format, len(mv))
mvw = memoryview(bytearray(b'xyz'))
mvw[0] = 65
print(mvw.obj, mvw.readonly)
print(repr(object()).startswith('<object object at'), type(object()).__name__, isinstance(object, type))
print(issubclass(type, object), issubclass(object, type), type(None)(), type(...)(), type(NotImplemented)())
print(frozenset([1, 2]) | {3}, set() == frozenset(), dict(zip('ab', range(2))), list(map(str, range(3))))
print(ascii([1, 'ä']), str(b'x'), str(b'x', 'ascii'), repr(1.0), bool('False'), bool([[]]))
print(sorted(reversed([1, 3, 2])), list(reversed('ab')), reversed.__name__, isinstance(reversed([]), reversed))
print(id(T) == id(T), id(1) is not None, type(id(T)).__name__)
class P:
    @property
    def x(self):
        return 1
print(type(P.__dict__['x']).__name__, super.__name__, object.__name__, staticmethod.__name__)
print(int.__doc__.splitlines()[0])
