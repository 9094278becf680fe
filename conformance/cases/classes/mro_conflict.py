# C3 linearisation failures raise TypeError with CPython's message; the last one is uncaught.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)

try:
    class D(X, X): pass
except TypeError as e:
    print('TypeError:', e)

try:
    class E(object, X): pass
except TypeError as e:
    print('TypeError:', e)

class F(X, object): pass
print([k.__name__ for k in F.__mro__])

try:
    class G(1): pass
except TypeError as e:
    print('TypeError:', e)

try:
    class H(bool): pass
except TypeError as e:
    print('TypeError:', e)

class P(A): pass
class Q(B): pass
print('before the failing class')
class R(P, Q): pass
print('never printed')
