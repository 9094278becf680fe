# format-spec for floats: f/F/e/E/g/G/%/n and no type, precision, alternate form, grouping, special values
nums = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-5, 1e16, 1e100, 0.000123456, 123456789.0, 2.5, 0.5]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.1f", "+.1e", "e", "E", ".3g", "g", "G", "#g", ".0%", "%", ",.2f", "_.1f",
         "012.3f", "=+12.2f", ".10g", "#.0f", "#.0e", ".1", "n", "*>12g", "^12.1e", "-g", " g"]
for n in nums:
    print(repr(n), [format(n, s) for s in specs])
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", "F", "e", "E", "g", "G", "%", "+", "010", "=10", "^10.2f"]])
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e22, "f"))
print(format(1 / 3, ".17f"), format(0.1, ".25f"), format(5e-324, ".3e"), format(1.7976931348623157e308, ".3e"))
print(format(123.456, ".0e"), format(9.995, ".2f"), format(99.5, ".0f"), format(100.5, ".0f"), format(-0.0, ".1f"))
print(format(1e15, "g"), format(1e16, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(-0.0, "z.1f"), format(-0.001, "z.2f"), format(-0.0, "z"), format(-1e-9, "z.3e"), format(-0.0, "z%"))
print(format(3, ".2f"), format(3, "e"), format(10 ** 20, "g"), format(True, ".1f"), format(2 ** 70, ".3e"))
for spec in ["d", "x", "c", "b", ",_f", "=", ".f", "10.2.3f"]:
    try:
        print(repr(format(1.5, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
