# the 4300-digit limit of 3.11 on int<->str conversion, and sys.set_int_max_str_digits
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-3:])
print(len(str(-(10 ** 4299))))
print(int("7" * 4300) % 1000)
print(len(hex(10 ** 5000)), bin(2 ** 20000).count("1"))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
try:
    repr(-(10 ** 5000))
except ValueError as e:
    print("ValueError:", e)
print(int("f" * 5000, 16) % 97)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
sys.set_int_max_str_digits(640)
print(len(str(10 ** 639)))
print(f"{10 ** 640}")
