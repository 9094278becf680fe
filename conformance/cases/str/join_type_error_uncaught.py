# str.join with a non-str item raises TypeError naming the item's index and type; here uncaught
rows = [["name", "qty"], ["apple", "3"], ["pear", "10"]]
for row in rows:
    print(" | ".join(cell.ljust(6) for cell in row))
widths = [max(len(r[i]) for r in rows) for i in range(2)]
print(widths)
print("\n".join("{}={}".format(*r) for r in rows))
print(",".join(map(str, [1, 2.5, None, True])))
items = ["x", 1, "y"]
try:
    "-".join(items)
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(["a", b"b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "".join([["nested"]])
except TypeError as e:
    print("TypeError:", e)
report = [("total", 13)]
for label, value in report:
    print(": ".join([label, str(value)]))
    print(": ".join([label, value]))
