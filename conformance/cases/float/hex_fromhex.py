# float.hex and float.fromhex, including subnormals, signs, infinities and parse errors
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.0, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 1 / 3, 255.0]:
    print(repr(v), v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x0.0000000000001p-1022",
          "1p0", "0x.8", "0x1.", " 0xAp0 ", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075",
          "0x1.8p-1074", "0x3p-1076", "0x123456789abcdefp0"]:
    print(s, repr(float.fromhex(s)))
for bad in ["", "0x", "0xg", "0x1p", "1e5", "0x1.0x"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for big in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023"]:
    try:
        float.fromhex(big)
    except OverflowError as e:
        print(big, "OverflowError:", e)
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex("0x1.fffffffffffff7p1023"))
