# CPython's messages for bad % formatting: argument counts, types, unknown conversions; ends uncaught
cases = [
    ("%s %s", ("a",)),
    ("%s", ("a", "b")),
    ("%d", ("x",)),
    ("%x", (1.5,)),
    ("%f", ("1.0",)),
    ("%c", ("ab",)),
    ("%c", (0x110000,)),
    ("%c", (-1,)),
    ("%c", (1.5,)),
    ("%z", (1,)),
    ("%", ()),
    ("abc %", (1,)),
    ("%*d", ("5", 1)),
    ("%.*f", (1.5, 1)),
    ("%i", (None,)),
    ("%o", ([],)),
    ("%e", ({},)),
    ("%s %s %s", [1, 2, 3]),
    ("%5", (1,)),
    ("%(a)s", (1,)),
    ("x", (1,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("%s" % [1, 2], "%s" % ([1, 2],), "x" % {}, "x" % [])
def label(n):
    return "item %d of %d" % n
print(label((1, 3)))
print(label((1, 2, 3)))
