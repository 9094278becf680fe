# str case methods: upper, lower, capitalize, title, swapcase, casefold, including non-ASCII special casing
words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "straße", "ǆemal", "ﬁne", "İstanbul",
         "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "123abc DEF", "", "a1b2 c3", "éCOLE", "ß", "ŉ", "Ǳ ǲ ǳ", "hello\tworld-foo_bar"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()),
          repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ΐ".upper(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΑΣΑ".lower(), "Σ".casefold())
print("𐐀".lower(), "𐐨".upper(), "𝔸".lower(), "ǅ".upper(), "ǅ".lower(), "ǅ".title())
print("hello".upper().lower() == "hello", "MiXeD".swapcase().swapcase())
print("ABC".casefold() == "abc".casefold(), "Straße".casefold() == "STRASSE".casefold())
try:
    "x".upper(1)
except TypeError as e:
    print("TypeError:", e)
