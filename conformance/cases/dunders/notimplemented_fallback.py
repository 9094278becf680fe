# NotImplemented fallback: reflected methods after NotImplemented, subclass-first ordering and TypeError messages.
class A:
    def __add__(self, other):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, other):
        print('A.__radd__')
        return NotImplemented
    def __iadd__(self, other):
        print('A.__iadd__')
        return NotImplemented

class B:
    def __radd__(self, other):
        print('B.__radd__')
        return 'B wins'

print(A() + B())
x = A()
x += B()
print(x)
try:
    A() + A()
except TypeError as e:
    print('TypeError:', e)
try:
    y = A()
    y += 1
except TypeError as e:
    print('TypeError:', e)

class Base:
    def __mul__(self, other):
        return 'Base.__mul__'
    def __rmul__(self, other):
        return 'Base.__rmul__'
class Derived(Base):
    def __rmul__(self, other):
        return 'Derived.__rmul__'
print(Base() * Derived())
print(Derived() * Base())
class Same(Base):
    pass
print(Base() * Same())

print(1 + 2.5, 2.5 + 1, (1).__add__(2.5), (2.5).__radd__(1))
print([1] * 2, 2 * [1], 'ab' * 3)
for expr in ('1 + "a"', '"a" + 1', '[1] + (2,)', '{} | []', '1 @ 2', 'None - None', '3 ** "x"', '"a" * 1.5', 'divmod("a", 2)'):
    try:
        eval(expr)
    except TypeError as e:
        print(f'{expr!r:16} TypeError: {e}')
print(NotImplemented, type(NotImplemented).__name__, bool([NotImplemented]))
