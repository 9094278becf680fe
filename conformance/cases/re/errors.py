# re.error: messages, positions, lineno/colno, and the errors of bad arguments.
import re

patterns = ["(", "(ab", ")", "a)", "[", "[a", "[z-a]", "*", "a**", "+a", "{1}", "a{2,1}", r"\q", "\\",
            r"\1", r"(a)\2", r"(?P<1>a)", r"(?P<a>a)(?P<a>b)", r"(?P=x)", r"(?P<a>", r"(?Px)", "(?<x>a)", "(?",
            "(?z)", "a(?i)", "(?i", "(?-i)", "(?L)", r"[\d-z]", r"\x4", r"\u12", r"\N{NOPE}", r"(?<=a|bc)",
            r"(?#unterminated", r"\400", "(?:a|b", "ab\n(c", "x\n\ny)"]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for call in [lambda: re.compile(1), lambda: re.match("a", 1), lambda: re.match("a", b"a"),
             lambda: re.match(b"a", "a"), lambda: re.compile(re.compile("a"), re.I),
             lambda: re.compile("a{99999999999}")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(re.error("msg").msg, str(re.error("m", "pat", 1)), issubclass(re.error, Exception), re.error.__module__)
