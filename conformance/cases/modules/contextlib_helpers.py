# contextlib's small context managers: suppress, closing, redirect_stdout/redirect_stderr (re-entered),
# nullcontext, ContextDecorator, and AbstractContextManager as ABC (subclass hook, abstract __exit__, [int]).
from contextlib import *
import contextlib, io, sys

with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("not suppressed", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

buf = io.StringIO()
redirect = redirect_stdout(buf)
with redirect as target:
    print("captured", target is buf)
    with redirect:
        print("nested")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class announce(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish", exc[0])
        return False
@announce()
def job():
    print("job")
    return 7
print(job())

print(isinstance(nullcontext(), AbstractContextManager), issubclass(io.StringIO, AbstractContextManager),
      issubclass(int, AbstractContextManager), issubclass(announce, AbstractContextManager))
class M(AbstractContextManager):
    def __exit__(self, *a):
        return None
with M() as m:
    print(type(m).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print(e)
print(AbstractContextManager[int], sorted(contextlib.__all__))
