# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 64) + 1, 12345678901234567890]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(), (2 ** 72 - 1).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""), int.from_bytes(b"\x80"))
print(int.from_bytes(b"\x00" * 10 + b"\x80", "little", signed=True))
for args in [(1, "big"), (2, "little")]:
    try:
        print((65536).to_bytes(*args))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__abs__(), (-5).__neg__())
print(int.__name__, (7).__class__.__name__, isinstance(True, int), int.__mro__)
print((3).__add__(4), (3).__radd__(4), (3).__add__(4.0), (3).__lt__(5), (3).__eq__("3"))
