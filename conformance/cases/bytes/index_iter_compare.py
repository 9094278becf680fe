# bytes indexing gives ints, slicing gives bytes; iteration, comparison, hashing and mixing with bytearray
b = b"bytes!"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[0:1]).__name__)
ba = bytearray(b)
print(ba[0], ba[1:3], type(ba[1:3]).__name__, list(b), [c for c in ba][:2], tuple(b"ab"))
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"a", b"abc" == bytearray(b"abc"), b"a" != "a")
print(sorted([b"b", b"a", b"ab", b"", b"\x00"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
print(hash(b"abc") == hash(b"abc"), b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print(b"ab" * 3, 2 * bytearray(b"xy"), b"x" * 0, b"abc".__len__(), b"abc".__getitem__(1))
print(list(reversed(b"abc")), list(enumerate(b"ab")), dict(zip(b"ab", "xy")), set(b"aab") == {97, 98})
m = memoryview(b"abcdef")
print(m[0], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.nbytes, m.readonly)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: b[6], lambda: ba[-7], lambda: b"" [0]]:
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
for call in [lambda: b < "a", lambda: b + "a", lambda: b * 1.5, lambda: b["0"], lambda: b"a" + 1]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(b == "bytes!", b"x" == 120, {b"k": 1}.get(bytes(bytearray(b"k"))))
