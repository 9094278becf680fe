def calls(f, a, b, c, d):
    f(*a, *b, **c, **d)
    f(1, *a, k=1, **c)
    f(x=1, *a)
    f(*a, k=1)
    f(**c, k=2)
    return f(*(1, 2), **{'k': 3})


class Meta(type):
    pass


bases = (object,)
kw = {'metaclass': Meta}


class C(*bases, **kw):
    pass
