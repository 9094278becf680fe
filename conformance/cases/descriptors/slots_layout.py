# __slots__ as type_new lays them out: mangled names, members in sorted order in the class dict,
# __dict__/__weakref__/__doc__/__hash__ added after them, the TypeErrors for bad slots, layout
# conflicts between slotted bases, and a secondary base that supplies the instance dict.
def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

class A:
    __slots__ = ['b', 'a', '__c']
    def __eq__(self, other): return True
print(list(A.__dict__), A.__slots__)
a = A(); a._A__c = 4; print(a._A__c, A._A__c)
class WithDict:
    x = 1
print(list(WithDict.__dict__))
class Mixed(A, WithDict): pass
print(list(Mixed.__dict__), Mixed.__base__.__name__)
m = Mixed(); m.extra = 1; m.a = 2; print(m.__dict__, m.a)
class IntSub(int): pass
class IntSlots(int): __slots__ = ()
print(list(IntSub.__dict__), list(IntSlots.__dict__), hasattr(IntSlots(1), '__dict__'))
class Weak: __slots__ = ('__weakref__',)
class WeakDict(Weak): __slots__ = ('__dict__',)
print(list(Weak.__dict__), list(WeakDict.__dict__))
attempt('dup names', lambda: type('D', (), {'__slots__': ['a', 'a']}))
attempt('not identifier', lambda: type('D', (), {'__slots__': ['1a']}))
attempt('not str', lambda: type('D', (), {'__slots__': [1]}))
attempt('str with space', lambda: type('D', (), {'__slots__': 'a b'}))
attempt('class var', lambda: type('D', (), {'__slots__': ['a'], 'a': 3}))
attempt('mangled class var', lambda: type('D', (), {'__slots__': ['__p'], '_D__p': 3}))
attempt('int base', lambda: type('D', (int,), {'__slots__': ['a']}))
attempt('tuple base', lambda: type('D', (tuple,), {'__slots__': ('a',)}))
attempt('two __dict__', lambda: type('D', (), {'__slots__': ['__dict__', '__dict__']}))
attempt('inherited __dict__', lambda: type('D', (WithDict,), {'__slots__': ['__dict__']}))
attempt('two __weakref__', lambda: type('D', (), {'__slots__': ['__weakref__', '__weakref__']}))
attempt('int __weakref__', lambda: type('D', (int,), {'__slots__': ['__weakref__']}))
attempt('not iterable', lambda: type('D', (), {'__slots__': 3}))
class I: __slots__ = ('x',)
class J: __slots__ = ('y',)
attempt('layout conflict', lambda: type('K', (I, J), {}))
class L(I): pass
class M(I): pass
class N(L, M): pass
n = N(); n.x = 1; n.z = 2
print(n.x, n.z, list(N.__dict__))
class O: __slots__ = ('é',)
o = O(); o.é = 3; print(o.é)
class R(Exception): __slots__ = ('q',)
r = R(1); r.q = 2; r.other = 3; print(r.q, r.other, r.args)
