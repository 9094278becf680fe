# Character classes and escapes: \d \w \s with Unicode and ASCII meanings, sets, ranges, \b \B.
import re

text = "héllo wörld 日本 ١٢٣ 42_x\u00a0\u2003end"
print(re.findall(r"\w+", text), re.findall(r"\w+", text, re.A))
print(re.findall(r"\d+", text), re.findall(r"\d", text, re.ASCII), re.findall(r"\s", text), re.findall(r"\s", text, re.A))
print(re.findall(r"[^\W\d_]+", text), re.findall(r"[\d\s]+", "1 2\t3x"))
print(re.findall(r"[]a]+", "a]b]]"), re.findall(r"[a-]+", "a-b"), re.findall(r"[\]\\]", "]\\"), re.findall(r"[.*+?^$]", "a.b*c"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat", "cat concat bobcat"))
print(re.findall(r"\b\w", "été à l'eau"), re.search(r"\B", ""), re.search(r"\b", ""))
print(re.findall(r"\x41\u00e9\N{EM DASH}\101\t", "Aé—A\t"), re.findall(r"[\x41-\x43]+", "ABCD"))
print(re.match(r"\0\07\011", "\x00\x07\t") is None, re.findall(r"(a)\1", "aaab"))
print(re.findall(r"a{2}|b{1,2}|c{,2}|d{2,}", "aaabbbcccdddd"), re.findall(r"x{", "x{"), re.findall(r"x{a}", "x{a}"))
print(re.escape("a.b*c?d+(e)[f]{g}|h^i$j\\k l#m&n~o-p"), re.escape(b"a.b"))
