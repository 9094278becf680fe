# NotImplemented: repr, its role in binary operator fallback and in rich comparisons
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print((1).__add__("x"), (1).__eq__("x"), "x".__lt__(1), [].__eq__(()), (1.5).__mul__([]))
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if isinstance(other, int):
            return Meters(self.v + other)
        return NotImplemented
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented
    def __repr__(self):
        return f"Meters({self.v})"
print(Meters(1) + Meters(2), 3 + Meters(4), sum([Meters(1), Meters(2)], Meters(0)), sum([Meters(5)]))
print(Meters(1) == Meters(1), Meters(1) == 1, 1 == Meters(1), Meters(2) != Meters(3), Meters(1) != "m")
try:
    Meters(1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + Meters(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) < Meters(2)
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, other):
        return NotImplemented
a = Always()
print(a == a, a == Always(), a != a, a == 1)
print(NotImplemented == NotImplemented, NotImplemented is NotImplemented, hash(NotImplemented) == hash(NotImplemented))
