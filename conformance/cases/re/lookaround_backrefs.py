# Lookahead, lookbehind, backreferences (numbered and named), atomic groups, possessive repeats.
import re

print(re.findall(r"\w+(?=!)", "hi! there ok!"), re.findall(r"\b\w+\b(?!!)", "hi! there ok!"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or 40 or $5"), re.findall(r"(?<!\$)\b\d+", "cost $30 or 40 or $5"))
print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"), re.sub(r"\b(\w+) \1\b", r"\1", "it is is fine fine"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\"").group(), re.match(r"(?i)(a)\1", "aA"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"), re.match(r"a++a", "aaa"), re.match(r"a*+b", "aab"))
print(re.findall(r"(?:ab)+", "ababxab"), re.findall(r"(ab)+", "ababxab"), re.findall(r"(a|b)*c", "abac"))
print(re.match(r"(?#a comment)x", "x"), re.findall(r"a(?=b)|c", "abcac"))
print(re.match(r"(a)b", "ab").group(), re.findall(r"(?<=ab)c|(?<!x)d", "abcxdd"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("re.error:", e, e.pos)
