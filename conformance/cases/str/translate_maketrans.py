# str.maketrans in its three forms and str.translate with deletions, multi-char and non-BMP mappings
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc-abc".translate(t1))
t2 = str.maketrans("abc", "xyz", "d")
print(sorted(t2.items()), "abcd dcba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33", "😀": "smile", "e": 0x1F600})
print(sorted(t3.items()), "abcde😀".translate(t3))
print("hello".translate({104: "J", 108: None}), "hello".translate({}), "".translate(t1))
table = ["x"] * 98 + [None, "C"]
print("abc".translate(table), "abcdef".translate(table), "".translate(table))
class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("education".translate(Upper()))
print("𝔸bc".translate({ord("𝔸"): "A"}), str.maketrans("", ""), str.maketrans("", "", "xy"))
for call in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans(1),
             lambda: str.maketrans({1.5: "x"}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000})]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("abc".maketrans("a", "b") == str.maketrans("a", "b"))
