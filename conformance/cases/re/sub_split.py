# sub / subn with templates, callables and counts; split with groups and maxsplit.
import re

print(re.sub(r"(\w)(\d)", r"\2\1", "a1b2c3"))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "from 2024-01-02 to 2024-12-31"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"), re.sub("a", r"\g<0>\g<0>", "banana", count=2))
print(re.subn(r"\s+", " ", "a  b \t c\n"), re.subn("x", "y", "abc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 + 20 = 21"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("a", r"\n\t\\", "a") == "\n\t\\", re.sub("a", lambda m: None, "banana"))
print(re.split(r"[;,]\s*", "a, b;c,d"), re.split(r"([;,])", "a,b;c"))
print(re.split(r"\s*", "a b  c"), re.split(",", "a,b,c,d", maxsplit=2), re.split(r"(x)|(y)", "1x2y3"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "...words..."))
s = "no match here"
print(re.sub("zzz", "y", s) is s)
for bad in [r"\2", r"\g<x>", r"\g<1", "\\", r"\q"]:
    try:
        re.sub("(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
