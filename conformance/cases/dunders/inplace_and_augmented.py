# Augmented assignment on attributes and subscripts: __getitem__/__setitem__ and __getattr__/__setattr__ call order with __iadd__.
log = []
class Num:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        log.append(f'iadd {self.v}+{o}')
        self.v += o
        return self
    def __repr__(self):
        return f'Num({self.v})'
class Box:
    def __init__(self):
        object.__setattr__(self, 'data', {'n': Num(1)})
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f'setitem {k} {v!r}')
        self.data[k] = v
    def __getattr__(self, name):
        log.append(f'getattr {name}')
        return self.data[name]
    def __setattr__(self, name, v):
        log.append(f'setattr {name} {v!r}')
        self.data[name] = v
b = Box()
b['n'] += 5
print(log)
log.clear()
b.n += 1
print(log)
log.clear()
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
x = 5
x **= 2
x //= 3
x <<= 2
x %= 7
x ^= 1
print(x)
s = {1, 2}
alias = s
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
print(s, alias is s)
d = {'a': 1}
d |= {'b': 2}
print(d)
