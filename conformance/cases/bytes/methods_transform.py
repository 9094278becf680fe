# bytes transforming methods: case, strip, pad, replace, translate/maketrans, expandtabs, zfill, is* predicates
b = b"Hello World \xe9\xff"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b"hello world".title())
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"\t\n\x0b\x0cx \r".strip(), b"  x".lstrip(), b"x  ".rstrip(), b"abcba".strip(b"ab"))
print(b"ab".center(6), b"ab".center(7, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"-42".zfill(6), b"+7".zfill(4), b"x".zfill(0))
print(b"a.b.c".replace(b".", b"::"), b"aaaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), bytearray(b"xy").replace(b"x", b"z"))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(3), b"\t".expandtabs(0))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abc".translate(None, b"b"))
for s in [b"", b"abc", b"ABC", b"Abc Def", b"abc123", b"123", b" \t\n", b"\xe9", b"a b", b"Title Case"]:
    print(s, s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
for call in [lambda: b"ab".center(5, b"**"), lambda: b"ab".center(5, "*"), lambda: bytes.maketrans(b"ab", b"c"),
             lambda: b"ab".translate(b"short"), lambda: b"ab".strip("a"), lambda: b"a".replace("a", b"b")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(bytearray(b"x").upper()).__name__, type(b"x".upper()).__name__, bytearray(b"AbC").lower())
