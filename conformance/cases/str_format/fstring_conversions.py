# f-string !r, !s and !a conversions with non-ASCII text, custom __repr__/__str__, and format specs after them
vals = ["plain", "é", "日本", "😀", "quote's", 'dq"', "tab\t", 1.5, None, [1, "é"], b"by"]
for v in vals:
    print(f"{v}|{v!s}|{v!r}|{v!a}|{v!r:>12}|{v!s:.2}|")
class Both:
    def __str__(self):
        return "S-é"
    def __repr__(self):
        return "R-é"
b = Both()
print(f"{b}", f"{b!s}", f"{b!r}", f"{b!a}", f"{b!r:*^9}", f"{[b]}", f"{[b]!a}", str([b]))
print(f"{'x'!r:5}|{'x':5}|{'x'!s:>5}|{'é'!a:>8}|")
print(f"{3!r}", f"{3.0!s}", f"{3j!a}", f"{True!r}", f"{...!r}", f"{'%'!r}")
print(f"{'{'}", f"{'}'}", f"{{}}", f"{{{1}}}", f"{'{{'}", f"{{x}}")
print(f"{'nested ' + f'{1 + 1}'}", f"{f'{3!r}'!r}", f'{"dq"}', f"""{'''tq'''}""")
print(f"{'a'}{'b'}" "plain" f"{'c'}", f"" == "", f"{''}" == "")
for conv in ["!r", "!s", "!a"]:
    code = "f'{v" + conv + "}'"
    v = "é😀"
    print(conv, eval(code))
print(format(repr("é"), ">6"), format(ascii("é"), ">8"))
