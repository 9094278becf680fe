# Calling a function with positional-only parameters by keyword is an uncaught TypeError.
def clamp(value, low, high, /):
    return max(low, min(high, value))

print(clamp(5, 0, 10), clamp(-3, 0, 10), clamp(30, 0, 10))
print(clamp(value=5, low=0, high=10))
