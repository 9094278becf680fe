# exec and eval keep the namespaces they are given alive: objects stored by the executed code stay
# until the dict lets them go (their __del__ runs then, not when exec returns), and reference counts
# of those dicts are unchanged by the call.
import sys
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
g = {'Noisy': Noisy}
exec("r = Noisy(1)\nprint('end of exec 1')", g)
print('after exec 1', g['r'].n)
exec("r = Noisy(2)", g, g)
print('after exec 2')
loc = {}
exec("r = Noisy(3)", g, loc)
print('after exec 3', loc['r'].n)
eval(compile("r = Noisy(4)", '<s>', 'exec'), g)
print('after eval 4')
before = sys.getrefcount(g)
for _ in range(5):
    exec("pass", g)
print('refcount kept:', sys.getrefcount(g) == before)
ba = bytearray(b'abc')
exec("view = memoryview(ba)", ns := {'ba': ba})
print(repr(ns['view']).startswith('<memory at'), ns['view'].tobytes())
ns['view'].release()
del loc
print('loc gone')
g.clear()
print('cleared')
x = object()
print(sys.getrefcount(x), sys.getrefcount(object()))
