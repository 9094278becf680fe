# Context-manager-heavy resource script: contextlib, with/ExitStack, warnings, suppress, redirect_stdout
import contextlib
import io
import sys
import warnings
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext, redirect_stdout


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        if self.fail_on_exit:
            raise RuntimeError(f"close failed: {self.name}")
        return False

    def close(self):
        print(f"closing() {self.name}")


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback {e}")
    else:
        log.append("commit")
    finally:
        log.append("end")


log = []
with transaction(log) as t:
    t.append("work")
with transaction(log):
    raise ValueError("bad row")
print(log)
try:
    with transaction(log):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped", e, log[-1])

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(print, "callback ran", len(rs))
    print("inside", Resource.opened)
print("after", Resource.opened)

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x", fail_on_exit=True))
        stack.enter_context(Resource("y"))
        raise ValueError("body")
except RuntimeError as e:
    print("got", type(e).__name__, e, "context:", repr(e.__context__))

with ExitStack() as outer:
    outer.enter_context(Resource("kept"))
    moved = outer.pop_all()
print("moved still open:", Resource.opened)
moved.close()

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("not reached")
print("suppressed")
with closing(Resource("c")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("two", end="!")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("careful")
    warnings.warn(UserWarning("as instance"))
for w in caught:
    print(w.category.__name__, w.message, type(w.message).__name__, w.lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="quiet.*")
    warnings.warn("quiet please")
print("filters restored", len(warnings.filters) > 0)


@contextmanager
def bad_cm():
    yield 1
    yield 2


try:
    with bad_cm():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Reentrant(contextlib.AbstractContextManager):
    depth = 0

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, *exc):
        self.depth -= 1


r = Reentrant()
with r, r as inner:
    print("depth", inner.depth)
print("depth", r.depth, isinstance(r, contextlib.AbstractContextManager))


@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield
    print(f"</{name}>", end="")


@tag("deco")
def decorated():
    print("body", end="")


decorated(); print()
with tag("a"), tag("b"):
    print("x", end="")
print()
try:
    with Resource("q"):
        with Resource("r", fail_on_exit=True):
            pass
except RuntimeError as e:
    print("outer saw", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
warnings.warn("final warning to stderr")
print("done")
