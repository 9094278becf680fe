# str with builtins: iter, reversed, enumerate, zip, sorted, map, set/dict from str, len, hash consistency
s = "hello"
it = iter(s)
print(next(it), next(it), list(it), list(it))
print(list(reversed(s)), "".join(reversed(s)), list(enumerate(s, 1)), list(zip(s, "ab")))
print(sorted(s), sorted(s, reverse=True), sorted("bCa", key=str.lower), "".join(sorted("dcba")))
print(list(map(str.upper, ["a", "b"])), list(map(ord, "abc")), "".join(map(chr, [72, 105])))
print(sorted(set("mississippi")), dict.fromkeys("aab"), {c: s.count(c) for c in s})
print(len(""), len("a\nb"), len("\t"), len("日本語"), all(c.isalpha() for c in s), any(c == "l" for c in s))
print(s.__iter__().__next__(), type(iter(s)).__name__, type(reversed(s)).__name__)
print(min(s), max(s), sum(map(len, ["ab", "cde"])), "-".join(c * 2 for c in "xyz"))
print(list("a😀b"), tuple("ab"), [c for c in ""], str(list("ab")))
print(s.__getitem__(slice(1, 3)), s.__len__(), s.__contains__("ll"), s.__hash__() == hash(s))
a, b, *rest = "abcde"
print(a, b, rest)
x, y = "xy"
print(x, y)
try:
    p, q = "pqr"
except ValueError as e:
    print("ValueError:", e)
try:
    next(iter(""))
except StopIteration as e:
    print("StopIteration", repr(e))
print(list(zip(*["abc", "def"])), ["".join(p) for p in zip("ace", "bdf")])
