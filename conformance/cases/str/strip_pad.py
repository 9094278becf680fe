# strip family, center/ljust/rjust with fill characters, zfill, expandtabs
for s in ["  hi  ", "\t\n hi \r\x0b\x0c", "xxhixx", "", "   ", "\u3000hi\u00a0", "hi"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(" xh")))
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "abc".strip(""), "abc".strip(None))
for w in [0, 3, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "😀")))
print(repr("".center(3, "x")), repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6)))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "😀"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
tabbed = "a\tbc\tdef\tghij\tk\n12345678\tx\r\ty"
print(repr(tabbed.expandtabs()), repr(tabbed.expandtabs(4)), repr(tabbed.expandtabs(0)), repr(tabbed.expandtabs(1)))
print(repr("\t".expandtabs(-1)), repr("ab\t".expandtabs(tabsize=3)))
for call in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust(), lambda: "a".strip(1), lambda: "a".zfill("5")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
