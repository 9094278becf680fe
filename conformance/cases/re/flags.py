# Flags: RegexFlag values and reprs, inline global and scoped flags, IGNORECASE, VERBOSE, DOTALL.
import re

print(re.I, re.IGNORECASE, repr(re.M | re.S), re.X.value, int(re.A), re.U == 32, re.NOFLAG)
print(type(re.I).__name__, isinstance(re.I, int), re.I | 8, re.compile("a", re.I | re.M).flags, re.compile("a").flags)
print(re.compile("a"), re.compile("a", re.I), re.compile(b"a", re.I), re.compile("a", re.A | re.X))
print(re.findall("hello", "Hello HELLO hello", re.I), re.findall("(?i)straße", "STRASSE Straße"))
print(re.findall(r"(?i:h)ello", "Hello hello HELLO"), re.findall(r"(?-i:h)ello", "Hello hello HELLO", re.I))
print(re.findall("[a-z]+", "ABC def", re.I), re.findall("é", "ÉéE", re.I), re.findall("é", "ÉéE", re.I | re.A))
print(re.findall("k", "kK\u212a", re.I), re.findall("k", "kK\u212a", re.I | re.A))
print(re.findall(r"(?m)^\w+$", "one\ntwo three\nfour"), re.findall(r"(?s)a.b", "a\nb"), re.findall("a.b", "a\nb"))
verbose = re.compile(r"""
    (?P<int> \d+ )     # the integer part
    (?: \. (?P<frac>\d+) )?   # an optional fraction
    [ ]x               # a space in a class stays
""", re.X)
print(verbose.match("12.5 x").groupdict(), verbose.groups, re.compile(r"(?x) a b # c").match("ab"))
print(re.compile("(?a)\\w").flags, re.compile("(?s)(?m).").flags)
for bad in [("a", re.L), ("a", re.A | re.U), (b"a", re.U)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print("ValueError:", e)
