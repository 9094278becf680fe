# contextlib.ExitStack: callbacks/enter_context/push unwound in reverse, suppression by a callback,
# exceptions from callbacks chained as nested with statements would chain them, pop_all, close, the
# protocol TypeError.
from contextlib import *
import sys

class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    @stack.push
    def hook(t, v, tb):
        print("push hook", t)
    print(names)

# suppression by an inner callback clears the exception for the outer ones
with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    raise KeyError("gone")
print("suppressed ok")

# exceptions raised by callbacks chain like nested with statements
def raiser(exc):
    def cb(*args):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("first")))
        stack.push(raiser(KeyError("second")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e)); e = e.__context__
    print(" <- ".join(chain))

# pop_all transfers the callbacks
with ExitStack() as stack:
    stack.callback(print, "transferred")
    later = stack.pop_all()
print("stack closed, nothing printed yet")
later.close()
later.close()

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
class Foo: pass
try:
    ExitStack().enter_context(Foo())
except TypeError as e:
    print(e)
