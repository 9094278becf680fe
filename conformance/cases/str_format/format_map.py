# str.format_map: any mapping, __missing__ for defaults, and errors for missing keys and non-mappings
print("{a} and {b}".format_map({"a": 1, "b": 2}), "{x[0]}".format_map({"x": "yz"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} years".format_map(Default(name="Kim")))
print("{a[0]}-{a[1]:>3}".format_map({"a": ["p", "q"]}), "{x.imag}".format_map({"x": 1j}))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world:>7}".format_map(Upper()))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{0}".format_map({"0": "zero"})
except ValueError as e:
    print("ValueError:", e)
try:
    "{a}".format_map([1])
except TypeError as e:
    print("TypeError:", e)
try:
    "x".format_map()
except TypeError as e:
    print("TypeError:", e)
counts = {"apples": 3, "pears": 0}
for fmt in ["{apples} apples", "{pears:03d} pears", "{apples!r:>4}", "total={apples}+{pears}"]:
    print(fmt.format_map(counts))
print("{a.real}".format_map({"a": 2 + 3j}), "{k}".format_map(Default()))
print("{plums}".format_map(counts))
