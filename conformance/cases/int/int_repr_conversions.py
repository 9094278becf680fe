# bin, oct, hex, str and repr of ints, including negatives and big values; int.__format__ basics
for n in [0, 1, -1, 7, -7, 255, -255, 2 ** 40, -(2 ** 40), 10 ** 25]:
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(hex(2 ** 200), oct(-(8 ** 30)), bin(2 ** 70 + 1))
print(format(255, "x"), format(255, "#X"), format(-255, "#b"), format(8, "o"), format(8, "#o"))
print(str(True), repr(False), hex(True), bin(False))
print(0x10, 0o17, 0b1010, 1_000_000, 0xdead_beef, 0_0)
print(1000000000000000000000000000000000)
print(-0, +0, --5, -+-5, ~-1)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), range(Idx())[-1])
try:
    hex(3.0)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
print(str(-(2 ** 63)), repr(2 ** 63 - 1))
