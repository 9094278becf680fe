# __getattr__, __getattribute__, __setattr__ and __delattr__ hooks: call order, fallbacks and super() delegation.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'no {name}')

z = Lazy()
print(z.real, z.auto_x)
try:
    z.other
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(z, 'missing', 'dflt'), hasattr(z, 'nope'))

class Spy:
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('getattribute', name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback {name}'
s = Spy()
s.a = 1
print(s.a)
print(s.b)

class Guarded:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name == 'locked':
            raise AttributeError('locked is read-only')
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
g = Guarded()
g.v = 5
print(g.v, vars(g))
try:
    g.locked = 1
except AttributeError as e:
    print('AttributeError:', e)
del g.v
try:
    del g.v
except AttributeError as e:
    print('AttributeError:', e)
object.__setattr__(g, 'raw', 3)
print(g.raw)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
class Target:
    pass
t = Target()
px = Proxy(t)
px.colour = 'red'
print(t.colour, px.colour, list(vars(px)))
print(px.__class__.__name__)
