# str is* predicates over ASCII, Latin-1, digits of other scripts, fractions, identifiers and empty strings
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "一", "  ", "\t\n", "\u00a0",
           "a b", "_x1", "1x", "class", "é", "Ǆ", "ǅa", "\x7f", "😀", "ab\u200b", "x\u0301", "𝟙"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier", "isprintable",
         "isascii", "islower", "isupper", "istitle"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    print(repr(s).ljust(12), " ".join("T" if getattr(s, n)() else "." for n in names))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle(), "A1".istitle())
print("abc1".islower(), "ABC1".isupper(), "1".islower(), "ǅ".islower(), "ǅ".isupper())
print("print".isidentifier(), "a-b".isidentifier(), "ℕ".isidentifier(), "x²".isidentifier(), "_".isidentifier())
print("\n".isprintable(), " ".isprintable(), "\u2028".isprintable(), "\U000e0001".isprintable())
try:
    "a".isalpha("b")
except TypeError as e:
    print("TypeError:", e)
