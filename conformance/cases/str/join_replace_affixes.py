# join, replace (with count), startswith/endswith (tuples, ranges), removeprefix/removesuffix
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "ab".join(["1", "2", "3"]))
print("😀".join(["a", "b"]), ", ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]).splitlines())
print(":".join({"k1": 1, "k2": 2}), "|".join(sorted({"b", "a"})))
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 1), s.replace("at", "og", 0), s.replace("at", "og", -1))
print(s.replace("", "|"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print(s.replace("the", "THE", 5), "a😀b".replace("😀", "?"), s.replace("xyz", "q"))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith("cat", 4, 6), s.startswith(("a", "t")), s.startswith(()))
print(s.endswith("mat"), s.endswith("on", 0, 14), s.endswith(("x", "at")), s.endswith("", 100), s.startswith("", -1))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".endswith("abc", -10))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "x".removesuffix(""))
print("aaa".removeprefix("a"), "".removeprefix(""), "abc".removesuffix("abc"))
for call in [lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5), lambda: "a".replace("a"),
             lambda: s.startswith(["the"]), lambda: s.endswith(("x", 1)), lambda: "a".removeprefix(None), lambda: "a".replace("a", 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(" and ".join(["only"]), "".join(["a", "", "b"]))
print("+".join([b"x"]))
