# repr() and ascii() of str: quote selection, escapes for control, non-printable and non-ASCII characters
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad",
           "é", "日本", "\u200b", "\u2028", "\ufeff", "\ud800", "😀", "\U000e0001", "\U0010ffff", "back\\slash", "\\'", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str("x"), str(""), repr(repr("a")), repr(ascii("é")))
print(["a", "b'", 'c"'], ("é",), {"k": "\t"})
print("%r %a %s" % ("é", "é", "é"))
print(f"{'é'!r} {'é'!a} {'é'!s}")
class Weird(str):
    def __repr__(self):
        return "Weird!"
w = Weird("abc")
print(w, repr(w), [w], str(w) == "abc", type(str(w)).__name__, ascii(w))
print(repr("\x0b\x0c\x1b"), repr("\u0085"), repr("\u00ad"), repr("\u0378"), repr("\U0001F1E6"))
