# A coroutine freed before it ever ran warns "coroutine ... was never awaited" (RuntimeWarning) at the line
# running when it is freed: the caller's line when a function returns; under an "error" filter the
# warning cannot propagate from the deallocation and is reported as unraisable
import warnings
async def co():
    return 1
def make():
    c = co()
    return 5
print(make())
co()
print("after")
async def main():
    co()
    return 2
m = main()
try:
    m.send(None)
except StopIteration as e:
    print("main returned", e.value)
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__qualname__)
warnings.simplefilter("error")
co()
print("end")
