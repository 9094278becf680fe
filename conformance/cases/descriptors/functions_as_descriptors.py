# Functions are non-data descriptors: bound methods, unbound access, equality of bound methods and __get__ by hand.
class K:
    def m(self, x=1):
        return (type(self).__name__, x)

k = K()
f = K.__dict__['m']
print(f is K.m, type(f).__name__)
b = f.__get__(k, K)
print(type(b).__name__, b(), b(5))
print(b == k.m, k.m == k.m, k.m is k.m)
print(f.__get__(None, K) is f)
print(K.m(k, 9))

class L(K):
    pass
print(L().m())
print(L.m is K.m)

bound = k.m
print(bound.__self__ is k, bound.__func__ is f, bound.__name__, bound.__qualname__)

import types
mt = types.MethodType(lambda self, y: (self is k, y), k)
print(mt(3))

class WithLen:
    def __len__(self):
        return 3
w = WithLen()
w.__len__ = lambda: 99
print(len(w), w.__len__())

def standalone(self):
    return 'ok'
print(standalone.__get__(5)(), type(standalone.__get__(5)).__name__)

print(len.__self__ is __import__('builtins'), type(len).__name__)
print(type([].append).__name__, type(list.append).__name__, type(list.__dict__['fromkeys']).__name__ if 'fromkeys' in list.__dict__ else None)
print(type(dict.__dict__['fromkeys']).__name__, dict.fromkeys('ab'))
print(type(str.__dict__['join']).__name__, str.join('-', 'abc'))
print(type(int.__dict__['real']).__name__, (5).real)
