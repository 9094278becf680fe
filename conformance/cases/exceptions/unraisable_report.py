# exceptions that cannot propagate (from __del__ and from a generator's finally when it is freed) are reported as the default sys.unraisablehook does: the exception's own traceback with carets, then "Type: message" with ": " even for an empty message; no context, cause, notes or exception-group boxes; the program goes on
import re, sys

class Scrub:
    """stderr without object addresses, so the output is deterministic."""
    def write(self, s):
        return sys.__stderr__.write(re.sub(r" at 0x[0-9a-f]+", " at 0x...", s))
    def flush(self):
        sys.__stderr__.flush()
sys.stderr = Scrub()

class BinOp:
    def __del__(self):
        x = 1
        y = x + None
class WithNote:
    def __del__(self):
        e = ValueError()
        e.add_note("notes are not printed")
        raise e
class Group:
    def __del__(self):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
class Chained:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise KeyError("context is not printed") from z
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
class StrFails:
    def __del__(self):
        raise BadStr()

for cls in [BinOp, WithNote, Group, Chained, StrFails]:
    obj = cls()
    del obj
    print("after", cls.__name__, flush=True)

def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
g = gen()
next(g)
del g
print("after generator")
