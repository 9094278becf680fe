# ZeroDivisionError messages for int and float /, //, %, divmod; ends with an uncaught one
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("True / False", lambda: True / False),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for text, f in ops:
    try:
        f()
    except ZeroDivisionError as e:
        print(text, "->", e)
def average(xs):
    return sum(xs) // len(xs)
print(average([1, 2, 3]))
print(average([]))
