# bitwise &, |, ^, ~, <<, >> on negative and big ints (two's complement with infinite sign extension)
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a >> 100)
for a in vals[:6]:
    for b in vals[3:]:
        print(a & b, a | b, a ^ b)
print(-1 >> 1, -2 >> 1, -3 >> 1, -(2 ** 80) >> 79)
print(1 << 100, -1 << 100, (1 << 64) - 1)
print((2 ** 64 - 1) & -(2 ** 32), -(2 ** 64) | 12345, -(2 ** 65) ^ -(2 ** 64))
print(hex(-(2 ** 70) & 0xFFFF_FFFF_FFFF_FFFF_FFFF))
print(True & 3, True | 2, True ^ True, ~True, ~False)
print(type(True & False).__name__, type(True & 3).__name__)
print(0 << 10000, 5 >> 10 ** 20, -5 >> 10 ** 20)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
try:
    1 << 2 ** 70
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
x = 12
x &= 10
x |= 1
x ^= 255
x <<= 2
x >>= 1
print(x)
