# C3 method resolution order: diamonds, deep hierarchies, super chains and __mro__ contents.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))

class Base:
    def who(self):
        return ['Base']
class Left(Base):
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def who(self):
        return ['Right'] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ['Bottom'] + super().who()

print(Bottom().who())
print(names(Bottom))
print(Bottom.mro() == list(Bottom.__mro__))
print(Bottom.__bases__ == (Left, Right))
print([c.__name__ for c in Base.__subclasses__()])
print(object.__mro__ == (object,))
print(type.__mro__ == (type, object))
print(names(bool))
print(issubclass(Bottom, Base), issubclass(Base, Bottom))
