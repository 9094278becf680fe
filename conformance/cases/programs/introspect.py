# Introspection-heavy plugin loader: type() creation, getattr/setattr, __getattr__/__getattribute__,
# vars/dir, inspect.signature, exec/eval with namespaces, iter(callable, sentinel), builtins error messages
import inspect
import sys
import types

SOURCE = '''
def greet(name, greeting="hello", *args, punct="!", **kw) -> str:
    """Say hi."""
    return f"{greeting}, {name}{punct}"

class Counter:
    step = 1
    def __init__(self, start=0):
        self.n = start
    def tick(self):
        self.n += self.step
        return self.n

VALUE = 6 * 7
'''

ns = {"__name__": "plugin"}
exec(compile(SOURCE, "<plugin>", "exec"), ns)
print(sorted(k for k in ns if not k.startswith("__")), ns["VALUE"], eval("VALUE + 1", ns), eval("x * 2", {}, {"x": 21}))
greet = ns["greet"]
sig = inspect.signature(greet)
print(sig, list(sig.parameters), sig.return_annotation, greet.__doc__, greet.__module__, greet.__defaults__, greet.__kwdefaults__)
for p in sig.parameters.values():
    print(f"  {p.name:9} {str(p.kind):22} default={p.default!r}")
print(sig.bind("bob", punct="?").arguments, greet("ann"), greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
Counter = ns["Counter"]
c = Counter(5)
print(c.tick(), getattr(c, "n"), getattr(c, "missing", "dflt"), hasattr(c, "tick"), vars(c), Counter.__module__)
setattr(Counter, "step", 10)
print(c.tick(), [a for a in dir(c) if not a.startswith("_")], inspect.isclass(Counter), inspect.ismethod(c.tick))
Dyn = type("Dyn", (Counter,), {"step": 3, "__repr__": lambda self: f"Dyn(n={self.n})"})
d = Dyn()
d.tick(); d.tick()
print(d, Dyn.__mro__, Dyn.__name__, Dyn.__qualname__, type(Dyn), Dyn.__bases__, Dyn.__dict__["step"])
mod = types.ModuleType("fake", "doc of fake")
mod.attr = 1
print(mod, mod.__doc__, vars(mod)["attr"], types.SimpleNamespace(a=1, b=[2]), isinstance(greet, types.FunctionType))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


p = Proxy(c)
p.n = 100
print(p.tick(), p.log, c.n)
try:
    del p.n
except AttributeError as e:
    print(e)
try:
    p.nothing
except AttributeError as e:
    print(e)


class Audited:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{type(self).__name__}.{name} is private")
        return super().__getattribute__(name)

    secret_key = 1
    public = 2


a = Audited()
print(a.public, getattr(a, "secret_key", "hidden"), hasattr(a, "secret_key"))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(sys.version_info[:2], sys.version_info >= (3, 8), type(sys.maxsize), sys.byteorder, sys.getrecursionlimit())
print(callable(greet), callable(3), isinstance(3, (str, int)), issubclass(bool, (int,)), type(3) is int)
for expr in ["len(5)", "int('abc')", "sum(['a'])", "','.join([1])", "min([])", "sorted([1, 'a'])",
             "list(zip([1], [1, 2], strict=True))", "{}['k']", "[].pop()", "(1, 2)[5]", "None.x", "'abc'.index('z')",
             "1 + '1'", "abs('x')", "float('x')", "dict([(1, 2, 3)])", "object()()", "next(iter([]))", "f'{1:q}'", "hash([])",
             "x = undefined_name", "import nonexistent_mod", "'%d' % 'x'", "divmod(1, 0)", "[1][1.0]", "chr(-1)", "int(3.5, 2)"]:
    try:
        exec(expr, {})
    except Exception as e:
        print(f"{expr:38} {type(e).__name__}: {e}")
print(min([], default=0), max("abc", key=ord), sorted([3, 1, 2], reverse=True), list(map(pow, [2, 3], [3, 2])),
      list(filter(None, [0, 1, "", "a", None])), any([]), all([]), list(enumerate("ab", start=5)), globals()["__name__"])
