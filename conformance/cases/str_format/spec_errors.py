# ValueError texts for invalid format specs across types; ends with an uncaught one from an f-string
cases = [(1.5, "d"), (1, "s"), ("s", "d"), ("s", "+"), ("s", "="), (1, ",c"), (1.5, ",_"), (1, "_,"), (1, ".2d"),
         (1, "#c"), (1, "=^"), (1, "1000000000000000000000"), (1.5, ".1000000000000000000000f"), (1, "zd"),
         (None, "x"), (1j, "="), ("x", "z"), (True, "s"), (2.5, "c"), ([], "5")]
for obj, spec in cases:
    try:
        print(type(obj).__name__, repr(spec), repr(format(obj, spec)))
    except (ValueError, TypeError) as e:
        print(type(obj).__name__, repr(spec), type(e).__name__ + ":", e)
prices = {"tea": 3.5, "cake": 4}
for item, price in prices.items():
    print(f"{item:<6}{price:>6.2f}")
print(f"{'total':<6}{sum(prices.values()):>6d}")
