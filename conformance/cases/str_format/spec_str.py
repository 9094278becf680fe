# format-spec for strings: fill, alignment, width, precision truncation, code points beyond BMP, rejected options
words = ["", "a", "hello", "héllo", "😀x", "a long string"]
specs = ["", "s", "10", "<10", ">10", "^10", "*^10", ".3", "10.3", "-^8.2s", "😀>6", ".0", "^1", "=>5"]
for w in words:
    print(repr(w), [format(w, s) for s in specs])
print(f"{'abc':>{6}}|{'abc':.{2}}|{'x':{'*'}^{5}}|", "{:{}<{}}".format("z", "-", 4))
for spec in ["d", "+", " s", "=10", "010", "#s", ",", "_", "z", ".2f", "c", "x"]:
    try:
        print(repr(spec), repr(format("text", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
class S(str):
    pass
print(format(S("sub"), ">5"), "{:>5}".format(S("sub")))
print(format("x", "\n^5") == "\n\nx\n\n", format("a", "{^5"), format("b", "}<3"))
try:
    format("x", "s", "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    format("x", 5)
except TypeError as e:
    print("TypeError:", e)
