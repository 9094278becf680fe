# collections.abc (ABCs, mixins, structural checks, registered builtins) and Counter's 3.11
# behaviour: multiset comparisons, unary and in-place operators, repr ordering.
from collections import Counter, OrderedDict, deque, namedtuple
from collections.abc import (Callable, Generator, Hashable, ItemsView, Iterable, Iterator, KeysView,
                             Mapping, MutableMapping, MutableSequence, MutableSet, Sequence, Set, Sized)
print(isinstance({}, MutableMapping), isinstance(OrderedDict(), Mapping), isinstance([], Sequence), isinstance((), MutableSequence))
print(isinstance(iter(range(3)), Iterator), isinstance((i for i in ()), Generator), isinstance([], Hashable), isinstance(len, Callable))
print(issubclass(frozenset, Set), issubclass(set, MutableSet), issubclass(dict, Set), isinstance({}.keys(), Set), isinstance(deque(), Sized))
class NoIter:
    __iter__ = None
print(isinstance(NoIter(), Iterable), Mapping, Iterable[int], Mapping.__module__)
class Table(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
t = Table(b=2, a=1)
print(t.get('a'), t.get('z', 0), 'b' in t, list(t.items()), t == {'a': 1, 'b': 2}, t.keys() | {'c'}, ('a', 1) in t.items())
print(repr(t.keys()).startswith('KeysView('), isinstance(t.items(), ItemsView), sorted(t.values()), dict(t))
class Half(Mapping):
    def __getitem__(self, k):
        return k
try:
    Half()
except TypeError as e:
    print(e)
class Seq(Sequence):
    def __getitem__(self, i):
        return 'xyz'[i]
    def __len__(self):
        return 3
s = Seq()
print(list(s), 'y' in s, list(reversed(s)), s.index('z'), s.count('x'), KeysView)

c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(-1), +Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
print(Counter(a=1) == Counter(a=1, b=0), Counter('ab') <= Counter('aabb'), Counter('ab') < Counter('ab'), Counter('abc') >= Counter('a'), Counter() == {})
c = Counter(a=3, b=1)
c += Counter(a=-5, z=2); print(c)
c -= Counter(z=1, q=-4); print(c)
c |= Counter(b=7); print(c)
c &= Counter(b=2, z=9); print(c)
print(Counter({'x': 'text'}), Counter({'x': [1]}), repr(Counter()))
Point = namedtuple('Point', 'x y')
try:
    Point(1)
except TypeError as e:
    print(e)
