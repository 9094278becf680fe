# bytes search and split methods: find/index/count, split/rsplit/splitlines, partition, startswith, join
b = b"one two  three\tfour\nfive"
print(b.split(), b.split(b" "), b.split(None, 2), b.rsplit(None, 1), b.split(b"o"), b.rsplit(b"o", 1))
print(b"a,b,,c".split(b","), b"".split(), b"".split(b","), b"line1\nline2\r\nline3\rx".splitlines(), b"a\nb\n".splitlines(True))
print(b"\x1c\x1d".split(), b"a\x85b".splitlines(), b"a\x0bb".splitlines(), "a\x85b".splitlines())
print(b.find(b"two"), b.find(b"x"), b.rfind(b"o"), b.index(b"t"), b.rindex(b"e"), b.count(b"o"), b.count(b""))
print(b.find(111), b.count(ord("e")), b.find(b"e", 10), b.find(b"e", -5, -1), b"abc".find(b""), b"abc".rfind(b"", 1))
print(b"key=val=x".partition(b"="), b"key=val=x".rpartition(b"="), b"none".partition(b"="))
print(b.startswith(b"one"), b.endswith((b"x", b"five")), b.startswith(b"two", 4), b"".startswith(b""))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), bytearray(b", ").join([b"x", b"y"]))
print(b"TestCase".removeprefix(b"Test"), b"TestCase".removesuffix(b"Case"), bytearray(b"ab").removeprefix(b"a"))
print(b"ab" in b"cabd", 97 in b"abc", b"bc" in bytearray(b"abc"), b"" in b"x", bytearray(b"q") in b"aqz")
for call in [lambda: b.index(b"zzz"), lambda: b.split(b""), lambda: b.partition(b"")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: b.find("two"), lambda: b"-".join(["a"]), lambda: b"-".join([b"a", 1]), lambda: b.startswith("o"),
             lambda: "a" in b"abc", lambda: 300 in b"abc", lambda: b.split(" ")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
