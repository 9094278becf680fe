# float() from strings and bytes: whitespace, underscores, exponents, and ValueError texts
for s in ["1", "  2.5 ", "-3.", ".5", "+.5e1", "1e-3", "1E+3", "1_000.000_1", "1e1_0", "\t-0\n",
          "00012", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
          "0.1000000000000000055511151231257827", "1.7976931348623158e308", "1.7976931348623159e308",
          "١٫٥".replace("٫", "."), "１.５"]:
    print(repr(s), repr(float(s)))
for bad in ["", " ", "1_", "_1", "1__0", "1e", ".", "e1", "1.2e3.4", "one", "0b1", "1 2", "1j", "\x00"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1.0], {}, 1j]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError:", e)
print(float(b" 3.25 "), float(bytearray(b"-1e3")), float(memoryview(b"7")))
print(float("-0.0"), float("0e0"), float("-0e-0"))
print(float("1e-2"), float("123456789012345678901234567890"))
print(float("hello"))
