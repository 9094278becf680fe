# Reducing numbers for copy and pickle: a builtin type's __new__ is bound to its type
# (int.__new__.__self__), which copyreg uses to refuse protocols 0 and 1 for int itself and to
# rebuild subclasses from their builtin base; protocol 2 uses __newobj__ with __getnewargs__.
import copy

class MyInt(int):
    pass

class MyFloat(float):
    pass

def show(r):
    if isinstance(r, tuple):
        return (getattr(r[0], "__name__", r[0]),) + tuple(r[1:])
    return r

print(int.__new__.__self__, float.__new__.__self__, complex.__new__.__self__, object.__new__.__self__)
print(bool.__new__.__self__, MyInt.__new__.__self__, str.maketrans.__self__)
print(int.__new__.__qualname__, int.__new__.__module__, MyInt.__new__ is int.__new__)
for x in [5, -2**70, 1.5, True, 2j, MyInt(7), MyFloat(2.5)]:
    for label, f in [("reduce", lambda: x.__reduce__()), ("ex1", lambda: x.__reduce_ex__(1)),
                     ("ex2", lambda: x.__reduce_ex__(2)), ("newargs", lambda: x.__getnewargs__())]:
        try:
            print(type(x).__name__, label, show(f()))
        except TypeError as e:
            print(type(x).__name__, label, "TypeError:", e)
    c, d = copy.copy(x), copy.deepcopy(x)
    print(type(x).__name__, "copies", c, d, type(c).__name__, type(d).__name__, c == x)
m = MyInt(9)
m.tag = "kept"
print(copy.copy(m).tag, copy.deepcopy(m).tag, show(m.__reduce_ex__(2)))
