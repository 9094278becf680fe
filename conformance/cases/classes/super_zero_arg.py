# Zero-argument super(): methods, classmethods, __init__ chains, properties and its RuntimeError cases.
class A:
    def __init__(self):
        self.log = ['A']
    def greet(self, x):
        return f'A.greet({x})'
    @classmethod
    def make(cls):
        return f'A.make for {cls.__name__}'
    @property
    def value(self):
        return 10

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
    def greet(self, x):
        return 'B>' + super().greet(x * 2)
    @classmethod
    def make(cls):
        return 'B>' + super().make()
    @property
    def value(self):
        return super().value + 5

class C(B):
    def greet(self, x):
        return 'C>' + super().greet(x + 1)
    def explicit(self):
        return super(B, self).greet(0)

c = C()
print(c.log)
print(c.greet(3))
print(C.make())
print(c.value)
print(c.explicit())
print(super(C, c).greet(1))

def outside():
    return super().greet(1)
try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)

class D:
    def m(self):
        def inner():
            return super()
        return inner
try:
    D().m()()
except RuntimeError as e:
    print('RuntimeError:', e)

class E:
    def m(self):
        return __class__
print(E().m() is E)
sup = super(C, c)
print(type(sup).__name__, sup.__thisclass__ is C, sup.__self__ is c)
try:
    super(C, 5)
except TypeError as e:
    print('TypeError:', e)
