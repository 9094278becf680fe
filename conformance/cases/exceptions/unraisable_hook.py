# sys.unraisablehook receives a sys.UnraisableHookArgs for an exception from __del__ or from a freed generator's finally; a hook that raises is itself reported through the default hook ("Exception ignored in sys.unraisablehook"); sys.__unraisablehook__ is the default
import sys

seen = []
def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.exc_traceback.tb_frame.f_code.co_name,
                 u.err_msg, type(u.object).__name__, repr(u.exc_value.__context__)))

class D:
    def __del__(self):
        raise ValueError("from del")
def gen():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

sys.unraisablehook = hook
d = D()
del d
g = gen()
next(g)
del g
for row in seen:
    print(row)
print(sys.__unraisablehook__.__name__, sys.unraisablehook is hook)

class FailingHook:
    def __call__(self, u):
        raise RuntimeError("the hook failed")
    def __repr__(self): return "<FailingHook>"
class Named:
    def __repr__(self): return "<Named>"
    def __del__(self): raise ValueError("x")
sys.unraisablehook = FailingHook()
sys.stderr = sys.stdout
n = Named()
del n
print("still running")
