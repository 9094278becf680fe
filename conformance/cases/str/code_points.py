# str is a sequence of code points: non-BMP characters count as one, ord/chr round trips, slicing
s = "a😀b𝔸c\U0010FFFF"
print(len(s), [ord(c) for c in s], s[1], s[3], s[-1] == chr(0x10FFFF), s[1:4], s[::-1] == "".join(reversed(s)))
print(len("😀"), len("é"), len("e\u0301"), len("🇫🇷"), len("👨‍👩‍👧"), "👨‍👩‍👧"[1] == "\u200d")
print(hex(ord("😀")), chr(128512), chr(0), repr(chr(0xd800)), len(chr(0xdfff)), chr(0x10FFFF) > chr(0xFFFF))
print(sorted(["😀", "z", "ÿ", "\uffff", "𝔸"]), max("a😀b"), min("a😀b"))
print("😀" * 3, "😀" in s, s.index("𝔸"), s.count("c"), s.find("\U0010FFFF"), s.upper(), "𝔸".isalpha())
print([c for c in "x😀y"], list(enumerate("😀é")), "😀é".encode("utf-8"), len("😀é".encode("utf-8")))
print("😀".encode("utf-16-le"), "😀".encode("utf-32-be"), "\ud83d\ude00" == "😀", len("\ud83d\ude00"))
print(ascii(s), repr("\U0001F600"), "\N{GRINNING FACE}" == "😀", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(ord("€"), chr(8364), "€".encode("utf-8"), "€".encode("latin-1", "replace"))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in ["", "ab", "😀😀"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ord(5)
except TypeError as e:
    print("TypeError:", e)
print(hash("😀") == hash("\U0001F600"), "a\0b", len("a\0b"), repr("a\0b"))
