# split, rsplit, splitlines, partition, rpartition: separators, maxsplit, whitespace runs, line boundaries
tests = ["a,b,,c", ",a,", "", "  a  b\tc\n d  ", "a b c d e", "one", "x--y--z", "\u3000a\u2003b\x1cc"]
for t in tests:
    print(repr(t), t.split(), t.split(","), t.split(None, 1), t.rsplit(None, 1), t.split(",", 1), t.rsplit(",", 1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "a--b--c".split("--", 0), "a--b--c".split("--", -1))
print("aaa".split("a"), "aaa".rsplit("aa"), "   ".split(), "   ".split(" "), "a b".split(maxsplit=0))
print("1 2 3".split(sep=" ", maxsplit=1), "1 2 3".rsplit(sep=" ", maxsplit=1))
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d8\x1e9\x85ten\u2028eleven\u2029end\n\n"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True), "a\r\n\r\nb".splitlines())
print("a\nb".split("\n"), "a\r\nb".split("\n"))
for t in ["key=value=x", "novalue", "=", ""]:
    print(repr(t), t.partition("="), t.rpartition("="))
print("a😀b😀c".partition("😀"), "a😀b😀c".rpartition("😀"), "x".partition("xyz"))
for call in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".partition(""), lambda: "a".rpartition("")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
