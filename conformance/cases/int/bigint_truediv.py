# true division of ints: correctly rounded results for big operands, overflow and underflow
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 20 / 3, 2 ** 53 / 1, (2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1)
print((10 ** 400) / (10 ** 399), (10 ** 400 + 1) / 10 ** 380)
print(1 / 10 ** 300, 1 / 10 ** 320, 1 / 10 ** 400, -1 / 10 ** 400)
print(2 ** 1023 / 2 ** 1020, (2 ** 1024 - 1) / 2, (3 ** 700) / (3 ** 699))
print((2 ** 60 + 1) / (2 ** 60), 123456789012345678901234567890 / 987654321)
print(2 ** 1100 // 3 / 2 ** 1050, -(7 ** 300) / 11 ** 250)
print(1 / (2 ** 1074), 1 / (2 ** 1075), 3 / (2 ** 1076))
x = 9
x /= 2
print(x, type(x).__name__)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(10 ** 400 / 10 ** 400, (10 ** 400 - 1) / 10 ** 400)
