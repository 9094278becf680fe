# TypeError messages of numeric operators with unsupported operands: binary, in-place ('**='
# alone, '** or pow()' for the binary form), three-argument pow, unary operators, comparisons.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

def inplace(op, a, b):
    ns = {"x": a, "y": b}
    exec(f"x {op}= y", ns)
    return ns["x"]

for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    attempt(op, lambda: eval(f"a {op} b", {"a": 1.5, "b": "s"}))
    attempt(op + "=", lambda: inplace(op, 2, None))
attempt("1 ** 'a'", lambda: 1 ** "a")
attempt("1.5 **= []", lambda: inplace("**", 1.5, []))
attempt("1j **= 2 ok", lambda: inplace("**", 1j, 2))
attempt("pow(1, 'a', 3)", lambda: pow(1, "a", 3))
attempt("pow(1, 2, 'a')", lambda: pow(1, 2, "a"))
attempt("pow(1.0, 2, 3)", lambda: pow(1.0, 2, 3))
attempt("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
attempt("-'a'", lambda: -"a")
attempt("+[]", lambda: +[])
attempt("~1.5", lambda: ~1.5)
attempt("~1j", lambda: ~1j)
attempt("abs('a')", lambda: abs("a"))
attempt("1 < 'a'", lambda: 1 < "a")
attempt("1.5 >= None", lambda: 1.5 >= None)
attempt("1j > 1j", lambda: 1j > 1j)
attempt("1 < 1j", lambda: 1 < 1j)
attempt("'a' * 1.5", lambda: "a" * 1.5)
attempt("[1] + 1", lambda: [1] + 1)
attempt("1 << 1.0", lambda: 1 << 1.0)
attempt("divmod(1, 'a')", lambda: divmod(1, "a"))
attempt("divmod(1j, 1)", lambda: divmod(1j, 1))
attempt("1j // 1", lambda: 1j // 1)
