# sys.intern, sys.exc_info/sys.exception inside and outside handlers, and sys.path[0] being the script's folder.
import sys, os
a = sys.intern(''.join(['hello', '_', 'world']))
b = sys.intern('hello_world')
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
class S(str):
    pass
try:
    sys.intern(S('x'))
except TypeError as e:
    print('TypeError:', e)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def in_generator():
    try:
        raise TypeError('t')
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = in_generator()
print(next(g), sys.exc_info()[0], next(g))
print(os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]))
print(sys.getsizeof.__name__, sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def caller_name():
    return sys._getframe(1).f_code.co_name
def who():
    return caller_name()
print(who())
