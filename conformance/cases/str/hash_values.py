# str and bytes hashes under PYTHONHASHSEED=0 (SipHash-1-3 with a zero key); they decide set iteration order
for s in ["", "a", "b", "ab", "abc", "hello", "Hello", "é", "日本", "😀", "a" * 7, "a" * 8, "a" * 16, "x" * 100, " ", "\x00"]:
    print(repr(s), hash(s))
for b in [b"", b"a", b"abc", b"hello", b"\x00\xff", bytes(20)]:
    print(repr(b), hash(b))
print(hash("abc") == hash(b"abc"), hash("é") == hash("é".encode("latin-1")), hash("a") == hash("a" + ""))
print(hash(memoryview(b"abc")) == hash(b"abc"), hash("abc".encode()) == hash(b"abc"))
print({"one", "two", "three", "four", "five", "six"})
print(set("abcdefghij"), frozenset(["x", "yy", "zzz"]))
print({b"one", b"two", b"three"})
class S(str):
    pass
print(hash(S("abc")) == hash("abc"), {S("abc"): 1}["abc"])
