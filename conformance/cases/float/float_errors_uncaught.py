# float error messages (TypeError, ValueError), then an uncaught float modulo by zero
text = "abc"
for f in [lambda: 1.5 + "x", lambda: "x" * 1.5, lambda: [1] * 2.0, lambda: 1.5 << 1, lambda: 1.5 | 1,
          lambda: text[1.0], lambda: range(2.0), lambda: float([]), lambda: 2.0 .hex(1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    float("1.5x")
except ValueError as e:
    print("ValueError:", e)
def rate(part, whole):
    return part % whole
print(rate(7.5, 2.0), rate(-7.5, 2.0))
print(rate(1.0, 0.0))
