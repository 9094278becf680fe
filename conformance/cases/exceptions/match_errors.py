# match statement errors: __match_args__ not a tuple or holding non-strs, too many positional sub-patterns, a keyword repeating a positional one, a called pattern that is not a type, duplicate keys found at run time; an AttributeError while reading an attribute means no match, other errors propagate
class Point:
    __match_args__ = ("x", "y")
    def __init__(self): self.x, self.y = 1, 2
class ListArgs:
    __match_args__ = ["x"]
class IntArgs:
    __match_args__ = ("x", 5)
    x = 1
class NoArgs:
    pass
class Props:
    __match_args__ = ("a", "b")
    a = 1
    @property
    def b(self): raise AttributeError("no b")
    @property
    def boom(self): raise ValueError("boom")
class K:
    A = "k"
    B = "k"

def attempt(label, subject, f):
    try:
        print(label, f(subject))
    except Exception as e:
        print(label, type(e).__name__, e)

def p3(s):
    match s:
        case Point(1, 2, 3): return "matched"
def px(s):
    match s:
        case Point(1, x=2): return "matched"
def lst(s):
    match s:
        case ListArgs(x): return "matched"
def ints(s):
    match s:
        case IntArgs(a, b): return "matched"
def none(s):
    match s:
        case NoArgs(z): return "matched"
def builtin(s):
    match s:
        case int(1, 2): return "matched"
def notype(s):
    match s:
        case len(): return "matched"
def props(s):
    match s:
        case Props(1, b): return "b " + b
        case Props(a=1): return "a only"
def boom(s):
    match s:
        case Props(boom=_): return "matched"
def dup(s):
    match s:
        case {K.A: 1, K.B: 2}: return "matched"
        case _: return "no match"

attempt("p3", Point(), p3)
attempt("px", Point(), px)
attempt("list", ListArgs(), lst)
attempt("ints", IntArgs(), ints)
attempt("none", NoArgs(), none)
attempt("builtin", 5, builtin)
attempt("notype", 5, notype)
attempt("notype-miss", "s", notype)
attempt("props", Props(), props)
attempt("boom", Props(), boom)
attempt("dup-short", {"k": 1}, dup)
attempt("dup", {"k": 1, "j": 2}, dup)
match Point():
    case Point(y=2, x=1) if print("guard runs") is None: print("matched in keyword order")
