# format() of complex numbers: f/e/g types, widths, alignment, signs, and the rejected options
z = 3.14159 - 2.71828j
for spec in ["", "f", ".2f", "10.2f", "<30.3f", ">30.3e", "^30.1f", "+.2f", " .2f", "*^30g", ".3g", "e", "g",
             ".0f", "20", "-.2f", ",.2f", "_.2f"]:
    print(repr(spec), repr(format(z, spec)))
for v in [1j, -0j, complex(1e20, 1e-20), complex(float("inf"), float("nan")), 1 + 0j, 0.5j, complex(-0.0, 0.0)]:
    print(repr(format(v, "")), repr(format(v, "g")), repr(format(v, ".3e")), repr(format(v, ">12")))
print(f"{z:.1f}", f"{z!r:>20}", f"{z!s:<20}|", "%s" % (z,))
for spec in ["d", "%", "=10.2f", "010.2f", "c", "s", "x"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    "%f" % (1j,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % 1j
except TypeError as e:
    print("TypeError:", e)
print("{:.2f}".format(1 + 1j), "{0.real} {0.imag}".format(2 - 3j))
