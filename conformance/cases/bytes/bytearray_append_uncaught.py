# bytearray checks each value is in range(0, 256); building a buffer from a computed list fails uncaught
buf = bytearray()
for i in range(10):
    buf.append(i * 25)
print(buf, len(buf), buf.hex(" "))
buf.extend(x % 256 for x in range(250, 260))
print(list(buf[-10:]))
squares = [n * n for n in range(20)]
print(squares)
safe = bytearray(s for s in squares if s < 256)
print(safe, len(safe))
try:
    bytearray(squares)
except ValueError as e:
    print("ValueError:", e)
try:
    buf[0] = -5
except ValueError as e:
    print("ValueError:", e)
out = bytearray()
for s in squares:
    out.append(s)
print(out)
