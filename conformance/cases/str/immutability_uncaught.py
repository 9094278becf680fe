# str methods return new strings and never mutate; item assignment raises an uncaught TypeError
original = "mutable?"
upper = original.upper()
replaced = original.replace("?", "!")
print(original, upper, replaced, original is not upper)
s = original
s += " no"
print(original, "/", s)
chars = list(original)
chars[0] = "M"
print("".join(chars), original)
a = "interned"
b = "".join(["inter", "ned"])
print(a == b, a is a, len({a, b}), hash(a) == hash(b))
cache = {}
for word in ["x", "y", "x"]:
    cache[word] = cache.get(word, 0) + 1
print(cache)
fixed = original[:0] + "M" + original[1:]
print(fixed)
try:
    original.append("x")
except AttributeError as e:
    print("AttributeError:", e)
original[0] = "M"
