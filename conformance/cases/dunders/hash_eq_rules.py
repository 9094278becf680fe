# __hash__/__eq__ rules: defining __eq__ removes __hash__, unhashable types, hash consistency in dicts and sets.
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print('TypeError:', e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print('TypeError:', e)

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print('eq', self.k, other.k)
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())

d = {Key('A'): 1}
d[Key('a')] = 2
print(len(d), list(d.values()))
s = {Key('x'), Key('X'), Key('y')}
print(len(s))

class Inherit(Key):
    pass
print(Inherit.__hash__ is Key.__hash__)
class Reset(Key):
    def __eq__(self, other):
        return False
print(Reset.__hash__)
class Explicit(Key):
    def __eq__(self, other):
        return False
    __hash__ = Key.__hash__
print(hash(Explicit('q')) == hash('q'))

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(frozenset()) == hash(frozenset()), hash(()) == hash(()), hash(None) == hash(None))

class BadHash:
    def __hash__(self):
        return 'h'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
