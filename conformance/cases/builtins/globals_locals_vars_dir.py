# globals, locals, vars and dir: what each returns at module, function and class level.
top = 1
def func(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc), 'top' in globals(), globals() is globals()
print(func(1))
print(locals() is globals(), vars() is globals())

class K:
    cls_attr = 1
    print('class locals', sorted(k for k in locals() if not k.startswith('__')))
    def m(self):
        pass
k = K()
k.inst = 2
print(vars(k), sorted(k for k in vars(K) if not k.startswith('__')))
print([n for n in dir(k) if not n.startswith('__')])
print(dir(K) == sorted(dir(K)), '__init__' in dir(K), 'cls_attr' in dir(k))
print(sorted(n for n in dir() if not n.startswith('__')))

def fdir():
    x = 1
    y = 2
    return dir()
print(fdir())

class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)

class Slotted:
    __slots__ = ('a',)
try:
    vars(Slotted())
except TypeError as e:
    print('TypeError:', e)
g = globals()
g['injected'] = 'via globals'
print(injected)
print([n for n in dir([]) if not n.startswith('_')])
print(sorted(set(dir(1)) - set(dir(object)))[:12])
