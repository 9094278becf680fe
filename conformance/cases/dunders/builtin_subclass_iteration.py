# Subclasses of list, tuple, dict and str that override __iter__ (or keys/__getitem__): which
# consumers iterate them and which read the storage directly, as CPython decides (exact list or
# tuple only for PySequence_Fast and list_extend; dict_merge reads any dict whose __iter__ is dict's).
class IterList(list):
    def __iter__(self): return iter(['it', 'er'])
class IterTuple(tuple):
    def __iter__(self): return iter(['it', 'er'])
class IterStr(str):
    def __iter__(self): return iter(['it'])

def call(*args, **kwargs): return args, kwargs

for x in [IterList(['a', 'b']), IterTuple(('a', 'b')), IterStr('ab')]:
    name = type(x).__name__
    print(name, 'join', '-'.join(x), b'.'.join(bytes(s, 'ascii') for s in x))
    print(name, 'star', [*x], (*x,), {*x} == set(x), call(*x)[0])
    print(name, 'ctor', list(x), tuple(x), sorted(x), list(enumerate(x)))
    l = [0]; l.extend(x); l += x; l[1:2] = x
    print(name, 'extend', l, 'it' in x, len(x), x[0])

class KeysDict(dict):
    def keys(self): return ['k']
    def __getitem__(self, key): return 'item'
class IterDict(dict):
    def __iter__(self): return iter(['a'])
    def keys(self): return ['a']
    def __getitem__(self, key): return 'item'
for d in [KeysDict(a=1), IterDict(a=1, b=2)]:
    name = type(d).__name__
    print(name, {**d}, call(**d)[1], dict(d), dict(**d))
    target = {}; target.update(d); print(name, 'update', target)
    print(name, 'iter', list(d), d['zz'], d.get('a'))

class LenList(list):
    def __len__(self): return 7
    def __getitem__(self, i): return 'gi'
ll = LenList([1, 2])
print(len(ll), list(ll), [*ll], ll[0], ll == [1, 2], ll + [3])
first, second = ll
print(first, second)
