# A lone high surrogate followed by a lone low one is two code points, never one astral character,
# however the str was made: escapes, chr, concatenation, join, slicing, repetition, formatting, decoding
hi, lo = "\ud83d", "\ude00"
pair = "\ud83d\ude00"
print(len(pair), pair == "😀", pair == hi + lo, hash(pair) == hash(hi + lo), repr(pair), ascii(pair))
made = [hi + lo, chr(0xd83d) + chr(0xde00), "".join([hi, lo]), f"{hi}{lo}", "%s%s" % (hi, lo), "{}{}".format(hi, lo),
        "\ud83d" "\ude00", (lo + hi) * 2, "x".join([hi, lo]), "-".join(hi + lo), hi.__add__(lo), lo[:0] + pair]
for s in made:
    print(len(s), repr(s), [hex(ord(c)) for c in s], s == pair)
print(len((lo + hi) * 3), repr((lo + hi) * 3), ((lo + hi) * 3)[1:3] == pair)
print(pair[0] == hi, pair[1] == lo, pair[-1] == lo, pair[:1] == hi, pair[1:] == lo, pair[::-1] == lo + hi, repr(pair[::-1]))
print(list(pair) == [hi, lo], [len(c) for c in pair], list(reversed(pair)) == [lo, hi], len(list(iter(pair))))
s = "a" + pair + "b" + "😀" + hi + "\ufdd0" + lo
print(len(s), repr(s), [hex(ord(c)) for c in s])
print(s.find(lo), s.find(hi), s.find("😀"), s.index("b"), s.rfind(lo), s.count(lo), s.count(hi), lo in s, pair in s, "\ufdd0" in s)
print(s.find("\ufdd0"), s.count("\ufdd0"), ascii(s.split(hi)), ascii(s.split(lo)), ascii(s.partition(hi)), ascii(s.rpartition(lo)), ascii(s.rsplit(hi, 1)))
print(repr(s.replace(hi, "H")), repr(s.replace(lo, "L")), repr(s.replace("b", "")), repr(s.replace("a", hi)), repr("ab".replace("b", lo)))
print(repr(s.replace("", "|")), repr(s.removeprefix("a" + hi)), repr(s.removesuffix(lo)), repr(s.strip("a" + lo)))
print(s.startswith("a" + hi), s.endswith(lo), s.startswith(pair, 1), s.upper() == s.upper(), repr(s.upper()), repr(s.swapcase()))
print(s.isprintable(), pair.isalpha(), repr(s.center(12, "*")), repr(pair.ljust(4, lo)), repr(pair.zfill(4)), repr(f"{pair:>5}"))
print(sorted([pair, "😀", hi, lo, "\ue000", "\ufdd0", hi + "\ufdd0", "a"]) == sorted([pair, "😀", hi, lo, "\ue000", "\ufdd0", hi + "\ufdd0", "a"], key=lambda x: [ord(c) for c in x]))
print(pair < "😀", hi < pair, pair < hi + "\ufdd0", hi + "\ufdd0" < hi + lo, max([pair, "😀"]) == "😀", repr(min("\ud83d\ude00")))
d = {pair: 1, "😀": 2, hi: 3}
print(len(d), d[hi + lo], d["😀"], {hi + lo, pair, "😀"} == {pair, "😀"}, len({c for c in pair + "😀"}))
print(pair.encode("utf-8", "surrogatepass"), pair.encode("utf-16-le", "surrogatepass"), pair.encode("utf-8", "replace"), pair.encode("utf-8", "backslashreplace"))
print(repr(b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass")), b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass") == pair)
print(repr(pair.translate({0xde00: "x"})), repr("ab".translate({ord("a"): hi, ord("b"): lo})), len("ab".translate({ord("a"): hi, ord("b"): lo})))
print(repr(hi + "\ufdd0"), len(hi + "\ufdd0"), (hi + "\ufdd0")[1] == "\ufdd0", repr(hi + "\ufdd0" + lo), len(hi + "\ufdd0" + lo))
print(eval(repr(pair)) == pair, str(pair) == pair, format(pair) == pair, "%r" % pair, "{!a}".format(pair))
try:
    pair.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
try:
    ("x" + pair).encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
try:
    print(pair)
    print("printed")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
