# Container dunders: __getitem__/__setitem__/__delitem__, __contains__, __iter__, __reversed__, __missing__ and slices.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('getitem', key)
        return self.cells.get(repr(key), 0)
    def __setitem__(self, key, value):
        print('setitem', key, value)
        self.cells[repr(key)] = value
    def __delitem__(self, key):
        print('delitem', key)
        del self.cells[repr(key)]

g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
g[1:3] = 'x'
print(g[::2], g[1:2, 3])
g['k'] = 1
g['k'] += 4
print(g.cells)
del g[1, 2]

class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq(), [x for x in OldSeq()])

class Contains:
    def __contains__(self, item):
        print('contains', item)
        return item == 'yes'
print('yes' in Contains(), 'no' not in Contains())

class Rev:
    def __iter__(self):
        return iter([1, 2, 3])
    def __reversed__(self):
        return iter(['reversed'])
print(list(Rev()), list(reversed(Rev())))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'abc'[i]
print(list(reversed(Seq())))

class Defaulting(dict):
    def __missing__(self, key):
        return f'missing {key}'
dd = Defaulting(a=1)
print(dd['a'], dd['b'], dd.get('b'), 'b' in dd)

class NotIter:
    pass
for expr in ('iter(NotIter())', '1 in NotIter()', 'NotIter()[0]', 'reversed(NotIter())', 'len(NotIter())'):
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)
try:
    del NotIter()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    NotIter()[0] = 1
except TypeError as e:
    print('TypeError:', e)
