# Attributes CPython declares as read-only members (PyMemberDef READONLY) versus getsets: the
# descriptor's type and repr, and the error when assigning or deleting.
def f(x):
    return x
class C:
    def m(self):
        pass
    @property
    def p(self):
        return 1
cases = [
    (range(3), 'start'), (slice(1, 2), 'step'), (1j, 'imag'), (C.p, 'fget'),
    (staticmethod(f), '__func__'), (classmethod(f), '__wrapped__'), (C().m, '__self__'),
    (f, '__globals__'), (f, '__closure__'), (f.__code__, 'co_name'), (f.__code__, 'co_varnames'),
    (list.append, '__name__'), (list.append, '__objclass__'), (super(C, C()), '__thisclass__'),
    (1, 'real'), (int, '__mro__'),
]
for obj, name in cases:
    for op in ('set', 'del'):
        try:
            setattr(obj, name, 5) if op == 'set' else delattr(obj, name)
            print(op, name, 'ok')
        except (AttributeError, TypeError) as e:
            print(op, type(obj).__name__, name, '->', e)
print(type(range.start).__name__, type(slice.start).__name__, type(complex.real).__name__, type(property.fget).__name__)
print(type(type(f).__globals__).__name__, type(type(f.__code__).co_name).__name__, type(type(f.__code__).co_code).__name__)
print(range.stop, slice.step, complex.imag, type(C().m).__func__, type(f).__closure__)
print(type(list.append).__name__, type(f).__dict__['__doc__'].__class__.__name__)
print(range(1, 5, 2).step, slice(3).stop, (2 + 3j).real, C.p.fget.__name__)
