# bytearray mutation: item and slice assignment, append/extend/insert/pop/remove/clear/reverse, += and *=
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[1:3] = b"abcdef"
print(ba, len(ba))
ba[2:6] = b""
print(ba)
ba[::2] = b"123"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"xyz")
ba.extend([65, 66])
ba.extend(range(48, 50))
ba.insert(0, 95)
ba.insert(100, 95)
ba.insert(-1, 45)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("x"))
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, len(ba))
c = ba.copy()
ba.clear()
print(ba, c, ba == bytearray(), c is not ba)
ba = bytearray(b"abc")
ba[1:2] = bytearray(b"XYZ")
ba[0:0] = [1, 2]
ba[len(ba):] = memoryview(b"!")
print(ba)
for call in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.__setitem__(0, 300), lambda: ba.remove(200),
             lambda: bytearray().pop(), lambda: ba.__setitem__(slice(0, 4, 2), b"xyz"), lambda: ba.insert(0, b"a"),
             lambda: ba.extend("str"), lambda: ba.__setitem__(0, b"a"), lambda: ba.__setitem__(100, 1)]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
b = b"immutable"
try:
    b[0] = 73
except TypeError as e:
    print("TypeError:", e)
