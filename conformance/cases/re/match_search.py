# re.match / search / fullmatch: anchoring, pos and endpos, spans and the Match repr.
import re

p = re.compile(r"\d+")
print(p.match("123abc"), p.match("abc123"), p.search("abc123def"))
print(p.fullmatch("123"), p.fullmatch("123a"), re.fullmatch("a|ab", "ab"))
print(p.search("a1b22c333", 3), p.search("a1b22c333", 3, 4), p.match("a1b22", 1, 2))
m = p.search("x 42 y", -10, 100)
print(m.span(), m.start(), m.end(), m.pos, m.endpos, m.string, m.re)
print(re.search("^b", "a\nb"), re.search("^b", "a\nb", re.M), re.search("a$", "a\n"), re.search(r"a\Z", "a\n"))
print(re.search("$", "ab\n").span(), re.search(r"\Z", "ab\n").span(), re.match(".", "\n"), re.match(".", "\n", re.S))
print(re.compile("^x").search("ax", 1), re.compile("x$").search("xa", 0, 1))
print(bool(re.match("", "")), re.match("a", "b") is None)
for s in ["", "a", "ab", "abc"]:
    print(repr(s), [bool(f("ab", s)) for f in (re.match, re.search, re.fullmatch)])
