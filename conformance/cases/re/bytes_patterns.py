# bytes patterns: ASCII classes, groups as bytes, sub and split, and mixing errors.
import re

data = b"key=val; k2=\xe9\xe8; 42 x"
print(re.findall(rb"(\w+)=(\S+);", data), re.findall(rb"\d+", data), re.findall(rb"\w+", b"caf\xe9"))
m = re.search(rb"(?P<n>\d+)", data)
print(m, m.group("n"), m.span(), m.groupdict(), m.expand(rb"<\1>"))
print(re.sub(rb"\s+", b"_", data), re.split(rb";\s*", data), re.subn(rb"k", lambda m: b"K", data))
print(re.match(b"(?i)KEY", data), re.findall(rb"[\xe8-\xe9]", data), re.escape(b"\xe9.x"))
print(re.compile(rb"\d").search(bytearray(b"ab3")).group())
for bad in [rb"(?u)x", rb"\u0041", rb"(?L)(?a)x"]:
    try:
        re.compile(bad)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
