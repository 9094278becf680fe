# Match groups: numbered and named, unset groups, defaults, lastindex/lastgroup, regs, m[g].
import re

m = re.match(r"(?P<key>\w+)=(?P<value>\d+)?(;)?", "size=;rest")
print(m.group(), m.group(0), m.group(1), m.group("key"), m.group(2), m.group(1, 3, "key"))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.span(1), m.span(2), m.start("value"), m.end(3), m.regs)
print(m[0], m[1], m["key"], m.lastindex, m.lastgroup)
for args in [(4,), ("nope",), (-1,)]:
    try:
        m.group(*args)
    except IndexError as e:
        print("IndexError:", e)
m = re.match(r"(a)(b)?(c)", "ac")
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.groups())
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-09-17")
print(m.expand(r"\g<m>/\g<y> [\1] \g<0>"), m.re.groupindex, m.re.groups)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(?:x)(y)", "xy").groups())
print(type(m).__name__, type(m.re).__name__, re.Match, re.Pattern)
