# All parameter kinds together: positional-only, normal, *args, keyword-only, **kwargs, with defaults.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=9, d=4, z=0))
print(f(1, 2, 3, d=4, e=6, b=7))
print(f(*[1, 2, 3, 4], **{'d': 0, 'x': 1}))

def g(*, only):
    return only
print(g(only='kw'))

def h(a, /):
    return a
print(h(5))

def k(a, *args):
    return a, args
print(k(1), k(1, 2, 3), k(*'xyz'))

def m(**kw):
    return sorted(kw.items())
print(m(), m(b=1, a=2), m(**{'if': 1, 'class': 2}))

import inspect
for fn in (f, g, h, k, m):
    print(fn.__name__, inspect.signature(fn))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:8], f.__defaults__, f.__kwdefaults__)
print(bool(f.__code__.co_flags & 4), bool(f.__code__.co_flags & 8))
