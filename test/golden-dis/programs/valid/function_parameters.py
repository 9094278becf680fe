def positional(a, b, c=3):
    return a, b, c


def posonly(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw


def varargs(*args, **kwargs):
    return args, kwargs


def kwdefaults(*, x=1, y):
    return x, y


def defaults_expr(a=[], b={}, c=len('abc')):
    return a, b, c
