# Pattern objects: attributes, repr, equality, hash, copy, the cache, and scanner.
import copy
import re

p = re.compile(r"(?P<a>x)(y)?", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
print(repr(p), p == re.compile(r"(?P<a>x)(y)?", re.I), p == re.compile(r"(?P<a>x)(y)?"), p != 1)
print(hash(p) == hash(re.compile(r"(?P<a>x)(y)?", re.I)), copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile(p) is p, re.compile("abc") is re.compile("abc"))
re.purge()
print(repr(re.compile("x" * 300))[:40], len(repr(re.compile("x" * 300))))
print(re.compile(b"a+b"), re.compile("a\nb"), re.compile("'"), re.compile("\"'"))
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search().group(), sc.search().group(), sc.search(), sc.pattern.pattern)
sc = re.compile(r"\d").scanner("12a")
print(sc.match().group(), sc.match().group(), sc.match())
m = p.match("X")
print(copy.copy(m) is m, repr(m), m.group(2))
print(re.Pattern[str], re.Match[bytes])
