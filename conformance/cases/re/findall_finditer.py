# findall (0, 1 and several groups), finditer, and empty matches between and after others.
import re

text = "ann@example.com, bo.li@corp.net; x=1, y=22, z=-333"
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+)@(\w+)\.(com|net)", text))
print(re.findall(r"(\w)=", text), re.findall(r"(\w)=(-)?", text))
print(re.findall(r"x*", "axxb"), re.findall(r"a*?", "aa"), re.findall(r"|a", "a"), re.findall(r"\b", "ab cd"))
for m in re.finditer(r"(?P<k>\w)=(?P<v>-?\d+)", text):
    print(m.span(), m["k"], int(m["v"]))
it = re.finditer("a", "banana")
print(type(it).__name__, next(it).span(), [m.start() for m in it])
print(re.compile(r"\w+").findall("one two three", 4, 11))
print([m.group() for m in re.finditer(r"\d+|[a-z]+", "abc123def45")])
