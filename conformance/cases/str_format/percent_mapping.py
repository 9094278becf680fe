# % formatting with a mapping: named fields, reuse, flags and widths, and its KeyError/TypeError cases
data = {"name": "Ada", "age": 36, "score": 97.5, "tags": ["x", "y"], "": "empty", "a b": "spaced"}
print("%(name)s is %(age)d (%(score).1f%%) %(tags)r" % data)
print("%(name)10s|%(name)-10s|%(age)05d|%(score)+.2e" % data)
print("%()s %(a b)s %(name)s%(name)s" % data)
print("%(age)x %(age)o %(age)#x %(name).1s" % data)
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % Lookup())
print("no fields" % {}, "no fields %%" % {"unused": 1}, "%s" % {"k": 1})
print("%(x)s" % {"x": "%(y)s"}, "%(a)s %(a)r" % {"a": "q"})
print("%(p(q))s" % {"p(q)": "nested parens"})
try:
    "%(missing)s" % data
except KeyError as e:
    print("KeyError:", e)
try:
    "%(name)s %s" % data
except TypeError as e:
    print("TypeError:", e)
try:
    "%(name)s" % ("Ada",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%(name" % data
except ValueError as e:
    print("ValueError:", e)
try:
    "%(age)*d" % data
except TypeError as e:
    print("TypeError:", e)
print("%(name)s says %(missing)s" % data)
