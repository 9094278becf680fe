# comparisons between ints, floats and bools, exact even for big ints; equality with other types
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < 1.5 < 2, 3 == 3.0 == True is False, 0 == False, 1 == True, 2 == True)
print(1 == "1", 1 != "1", None == 0, [] == 0)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10 ** 400 == nan)
print(2 ** 63 == 9223372036854775808.0, 2 ** 63 - 1 == 9223372036854775808.0)
print(2 ** 1023 * 3 == 3 * 2.0 ** 1023, 2 ** 1023 * 3 + 1 == 3 * 2.0 ** 1023)
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0, -1e30]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
for op in ["<", "<=", ">", ">="]:
    try:
        eval("1 " + op + " '1'")
    except TypeError as e:
        print("TypeError:", e)
try:
    1 < None
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 > 0, 1 < 2 < 0, (1 < 2) < 0)
