def f1(a, b, /): pass
def f2(a, /, b): pass
def f3(a, b=1, /, c=2): pass
def f4(a, /, *, b): pass
def f5(*, a, b=2): pass
def f6(*args, **kwargs): pass
def f7(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f8(a: int, b: "str" = "x", *c: tuple, d: list = [], **e: dict) -> None: pass
def f9(a,): pass
def f10(*a,): pass
def f11(**k,): pass
def f12(a, /,): pass
l1 = lambda a, b, /: 0
l2 = lambda a, /, b=1, *, c: 0
l3 = lambda *a, **k: 0
l4 = lambda *, k=1: k
l5 = lambda a=1, /: a
