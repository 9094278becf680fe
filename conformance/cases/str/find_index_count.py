# find, rfind, index, rindex, count with start/end (negative and out of range), empty needles
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "aa"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for args in [("a", 1), ("a", 1, 4), ("a", -4), ("a", -4, -1), ("abra", 1), ("", 5), ("", 11), ("", 12),
             ("a", 100), ("a", -100), ("bra", 2, 7), ("a", 5, 2), ("", 5, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("a", 0, 10), s.index(""), s.rindex(""))
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "".find(""), "".find("", 1), "".rfind(""))
print("a😀b😀".find("😀"), "a😀b😀".rfind("😀"), "a😀b😀".count("😀"), "héllo".index("l"))
print(s.find("a", None, None), s.find("a", None, 3), s.count("a", True))
for call in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 11), lambda: "".index("x")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: s.find(1), lambda: s.count(None), lambda: s.find("a", "1"), lambda: s.index()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("Mississippi".replace("ss", "SS").find("SS"), "Mississippi".rfind("ss", 0, 5))
print(s.index("dab"))
print(s.index("bad"))
