# the format-spec mini-language for ints: fill/align, sign, #, 0, width, grouping and every int type code
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64]
specs = ["", "d", "5", "<6", ">6", "^7", "=+8", "*^9", "+", "-", " ", "08", "+08", "#x", "#X", "#o", "#b",
         "x", "o", "b", "X", ",", "_", "_x", "_b", "#_o", ",d", "010,", "n", "e", ".2f", "%", "g", "c"]
for n in nums:
    row = []
    for spec in specs:
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
        
    print(n, row)
print(format(65, "c"), format(0x1F600, "c"), format(97, "^5c"), format(True, "b"), format(3, "#010b"))
print(format(-3, "#010x"), format(-3, "x<+8"), format(12345678901234567890, ",").count(","))
for spec in ["z", "z.2f", ",_", "_,", ".2", "#c", "+c", ",c", "=c", "5.5d", "s", "?"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
