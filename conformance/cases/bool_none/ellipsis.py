# Ellipsis: the ... literal, its repr and type, use as a placeholder and in subscripts
print(..., repr(...), str(Ellipsis), type(...).__name__, ... is Ellipsis, type(...)() is ...)
print(bool(...), ... == ..., ... != None, [..., ...], (...,), {...: 1})
def todo():
    ...
print(todo())
class Sub:
    def __getitem__(self, key):
        return key
s = Sub()
print(s[...], s[..., 1], s[1:2, ...], s[:, ..., ::2])
print(f"{...}", "%s" % (...,), format(..., ""), f"{...!r}")
print(Ellipsis.__class__.__name__, Ellipsis.__reduce__())
x = ...
if x is ...:
    print("placeholder seen")
print([1, ..., 3].index(...), (..., None).count(...))
try:
    ... + 1
except TypeError as e:
    print("TypeError:", e)
try:
    e = ...
    e()
except TypeError as e:
    print("TypeError:", e)
try:
    type(...)(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ... < ...
except TypeError as e:
    print("TypeError:", e)
try:
    len(...)
except TypeError as e:
    print("TypeError:", e)
