# str.format: auto and manual numbering, keywords, attribute and index lookups, escaped braces, conversions
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0}{1}{0}".format("ab", "cd"), "".format(1, 2), "{{}} {{{}}}".format(7), "{{literal}}".format())
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
        self.map = {"k": "v", 1: "int key"}
p = P()
print("{0.x} {0.items[1]} {0.map[k]} {0.map[1]}".format(p), "{p.items[0]}".format(p=p))
print("{0[0]} {0[1][0]} {1[key]}".format(["a", ["b"]], {"key": "val"}), "{[-1]}".format({"-1": "neg str"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("é"), "{:>{}}".format("x", 5), "{:{}{}}".format(42, ">", 6))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:{w}.{p}}".format(1 / 3, w=12, p=4), "{:{fill}^9}".format("mid", fill="*"))
print("{0:}|{0!s:}|{0:5}|{0!r:5}".format("ab"), "{} {}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:,}".format(1234567), "{:_x}".format(0xFFFFFF), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("Name: {name:<8}|Qty: {qty:>4}|".format(name="bolt", qty=12), "{:^11}".format("centre"))
print("{0.real}+{0.imag}j {1.__class__.__name__}".format(3 + 4j, "s"), "{0[1]}".format("xyz"))
print("{}{}".format("é", "😀"), "{:😀^7}".format("x"), "{:\t>3}".format("x") == "\t\tx")
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print("{}|{:abc}|{:{}}|{!s:>6}".format(Fmt(), Fmt(), Fmt(), "dyn", "plain"))
print("{0}{0}{0}".format([]), "{0[0]:{0[1]}}".format(["v", ">4"]))
print("{:d}".format(True), "{}".format(None), "{:}".format(1.0), "{!r}".format(1.0))
print(str.format("{}", 5), "{0}".format("only first", "ignored"), "{a}".format(a=1, b=2))
