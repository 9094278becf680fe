# Small interpreter: tokenizer + recursive-descent parser + evaluator using match statements
import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),=<>]))")


@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"

@dataclass(frozen=True)
class Neg:
    operand: "Expr"

@dataclass(frozen=True)
class Call:
    func: str
    args: tuple

@dataclass(frozen=True)
class Assign:
    name: str
    value: "Expr"

Expr = Union[Num, Var, BinOp, Neg, Call, Assign]


class ParseError(Exception):
    pass


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ParseError(f"bad character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num is not None:
            out.append(("NUM", float(num) if "." in num else int(num)))
        elif name is not None:
            out.append(("NAME", name))
        else:
            out.append(("OP", op))
        pos = m.end()
    out.append(("EOF", None))
    return out


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.next()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def statement(self):
        match self.toks[self.i:self.i + 2]:
            case [("NAME", name), ("OP", "=")]:
                self.i += 2
                return Assign(name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            node = BinOp(self.next()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while (tok := self.peek())[0] == "OP" and tok[1] in "*/%":
            node = BinOp(self.next()[1], node, self.factor())
        return node

    def factor(self):
        if self.peek() == ("OP", "-"):
            self.next()
            return Neg(self.factor())
        base = self.atom()
        if self.peek() == ("OP", "**"):
            self.next()
            return BinOp("**", base, self.factor())
        return base

    def atom(self):
        match self.next():
            case ("NUM", value):
                return Num(value)
            case ("NAME", name) if self.peek() == ("OP", "("):
                self.next()
                args = []
                if self.peek() != ("OP", ")"):
                    args.append(self.expr())
                    while self.peek() == ("OP", ","):
                        self.next()
                        args.append(self.expr())
                self.expect("OP", ")")
                return Call(name, tuple(args))
            case ("NAME", name):
                return Var(name)
            case ("OP", "("):
                e = self.expr()
                self.expect("OP", ")")
                return e
            case tok:
                raise ParseError(f"unexpected {tok!r}")


FUNCS = {"max": max, "min": min, "abs": abs, "round": round}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined {name}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+" | "-" as op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return a + b if op == "+" else a - b
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp("%", l, r):
            return evaluate(l, env) % evaluate(r, env)
        case BinOp("**", l, r):
            return evaluate(l, env) ** evaluate(r, env)
        case Call(func=f, args=args) if f in FUNCS:
            return FUNCS[f](*(evaluate(a, env) for a in args))
        case Assign(name, value):
            env[name] = result = evaluate(value, env)
            return result
        case _:
            raise TypeError(f"cannot evaluate {node!r}")


env = {}
for line in ["x = 3", "y = x ** 2 ** 2 / 3", "-x + y * (2 - 0.5)", "max(x, y, 7) % 5",
             "round(y / 7, 3)", "abs(-2 ** 3)", "z + 1", "3 $ 4", "(1 + 2", "foo(1)", "10 / (5 - 5)",
             "2 ** -1", "7 % -3", "-7 % 3"]:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<22} => {evaluate(tree, env)!r}")
    except (ParseError, NameError, TypeError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(Parser(tokenize("a = -b * (c + 1)")).statement())
print(sorted(env.items()), hash(Num(1)) == hash(Num(1)), Num(1) == Num(1.0))
try:
    Num(1).value = 2
except Exception as e:
    print(type(e).__name__, e)
