# dict | and |= (PEP 584): right side wins, order from the left, |= accepts any mapping or pairs, errors
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {}
print(c, {} | {}, {1: 1} | {True: "t"}, {1.0: "f"} | {1: "i"})
class Sub(dict):
    pass
s = Sub(p=1)
print(type(s | {"q": 2}).__name__, s | {"q": 2}, type({"q": 2} | s).__name__)
for call in [lambda: a | [("k", 1)], lambda: a | None, lambda: [("k", 1)] | a, lambda: a | {1, 2}]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
d = {"k": 1}
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
try:
    d |= [("too", "many", "items")]
except ValueError as e:
    print("ValueError:", e)
print(d)
print(dict(a, **b) == a | b, {**a, **b} == a | b)
print(a.keys() | b.keys() == {"w", "x", "y", "z"}, sorted(a.keys() & b.keys()))
