# dict repr: quoting of keys and values, nested containers, self references shown as {...}
d = {"s": "str", 1: 1.5, None: [1, (2,)], (1, "a"): {"inner": {}}, "q'": 'd"', b"k": 1j, -0.0: True}
print(d)
print(repr({}), str({"a": 1}), f"{ {'x': 1} }", "%s" % {"x": [1]}, format({1: 2}))
r = {}
r["self"] = r
print(r)
a = {"name": "a"}
b = {"name": "b", "peer": a}
a["peer"] = b
print(a)
print(b)
l = [{"k": None}]
l[0]["k"] = l
print(l)
class R:
    def __repr__(self):
        return "R()"
print({"r": R()}, {1: [R(), {2: R()}]})
print({"\n": "\t", "é": "😀", "\x00": "\u200b"})
nested = {}
cur = nested
for i in range(5):
    cur[i] = {}
    cur = cur[i]
print(nested)
