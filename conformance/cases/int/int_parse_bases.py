# int() from strings: bases 2..36, base 0 prefixes, underscores, whitespace, signs, non-ASCII digits
print(int("42"), int("  -42  "), int("+7"), int("\t\n 9 \r"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("hello", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int("1_0", 0))
print(int("0", 0), int("000", 0), int("-0x10", 0), int(" +0b11 ", 0))
print(int("١٢٣"), int("٣", 10), int("１２"))
print(int(b"123"), int(bytearray(b"-5")), int(b"ff", 16))
print(int(3.99), int(-3.99), int(True), int(), int(1e20))
print(int("9" * 50))
for s, b in [("12", 2), ("1__0", 10), ("_1", 10), ("1_", 10), ("010", 0), ("0x", 16), ("", 10), (" ", 10), ("1.5", 10), ("0b2", 0), ("z", 35)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int("0_7"))
