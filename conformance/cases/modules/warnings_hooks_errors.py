# warnings: replacing showwarning/formatwarning, formatwarning's text (with and without a line),
# warn_explicit's module and registry, argument errors, catch_warnings misuse, re's FutureWarnings,
# and an "error" filter turning an uncaught warning into an exception whose traceback ends at warn.
import re
import sys
import warnings

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "   x = 1  "), end="")
print(repr(warnings.formatwarning("msg", FutureWarning, __file__, 1)).replace(__file__, "FILE"))
warnings.showwarning("direct", UserWarning, "x.py", 7, sys.stdout, "call()")

def show(message, category, filename, lineno, file=None, line=None):
    print("hook:", repr(message), category.__name__, lineno, file, line)
saved = warnings.showwarning
warnings.showwarning = show
warnings.warn("through the hook")
warnings.showwarning = saved
warnings.formatwarning = lambda m, c, f, l, line=None: "<%s %s line %d>\n" % (c.__name__, m, l)
warnings.warn("through formatwarning")
warnings.formatwarning = warnings._formatwarning_orig

registry = {}
for i in range(2):
    warnings.warn_explicit("explicit", UserWarning, "mod.py", 5, registry=registry)
print(registry)
print(warnings.warn_explicit("module None: nothing shown", UserWarning, "m.py", 1, module=None))

for args in [("x", 5), ("x", int), ("x", "UserWarning")]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: warnings.simplefilter("sometimes"), lambda: warnings.filterwarnings("ignore", lineno=-1),
             lambda: warnings.filterwarnings("ignore", category=int)]:
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)

re.compile("[[a]")
re.compile("[a-z&&b]")
re.compile("[a~~b]")
re.compile("[a||b]")

def check(n):
    warnings.simplefilter("error")
    warnings.warn("checked %d" % n, RuntimeWarning)
check(1)
