# CPython's TypeError messages for int operations with unsupported operands; ends uncaught
five = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - [],
    lambda: 2 * None,
    lambda: 3 / "x",
    lambda: 3 // (),
    lambda: 3 % {},
    lambda: divmod(3, "x"),
    lambda: 2 ** "2",
    lambda: -"x",
    lambda: ~1.5,
    lambda: abs("x"),
    lambda: 1 @ 2,
    lambda: pow(2, "3", 4),
    lambda: int.from_bytes("ab", "big"),
    lambda: len(5),
    lambda: five(),
    lambda: five[0],
    lambda: iter(5),
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
x = 1
x += 1
x -= "1"
