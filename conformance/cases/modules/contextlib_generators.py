# contextlib.contextmanager: setup/cleanup order, the yielded value, exceptions thrown in at the yield
# (suppressed, converted, passed through), the RuntimeErrors "generator didn't yield/stop", a
# StopIteration from the block, the docstring, use as a decorator, and a traceback that stays the user's.
from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wrap in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("body", t)
print(tag("b").__doc__, type(tag("b")).__name__, tag.__name__)

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    {}["k"]
try:
    with swallow(KeyError):
        raise ValueError("not mine")
except ValueError as e:
    print("propagated", e, e.__context__)

@contextmanager
def noyield():
    if False:
        yield
@contextmanager
def twice():
    yield 1
    yield 2
@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield
@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e
for factory, exc in [(noyield, None), (twice, None), (keeps_going, TypeError("x")),
                     (converts, ZeroDivisionError("z")), (twice, StopIteration("block"))]:
    try:
        with factory():
            if exc is not None:
                raise exc
    except Exception as e:
        print(factory.__name__, type(e).__name__, e, repr(e.__context__), repr(e.__cause__))

@tag("deco")
def work(x):
    print("working", x)
    return x * 2
print(work(1), work(2))

def fails():
    with tag("tb"):
        return 1 / 0
fails()
