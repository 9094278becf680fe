# str indexing and slicing: negative indices, steps, out-of-range bounds, slice objects
s = "0123456789"
print(s[0], s[-1], s[-10], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::2], s[::-1], s[::-3], s[7:2:-1], s[-3:], s[:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[5:5]), s[2:-2:3], s[-1:-11:-2], repr(s[0:10:-1]))
print(s[slice(2, 5)], s[slice(None, None, -1)], s[slice(-2, None)], s[slice(1, 8, 3)])
print(s[True], s[False:True], "😀a𝔸"[::-1], "😀a𝔸"[1:], "héllo"[1:3])
for i in range(-3, 4):
    print(i, s[i:], s[:i], s[i::-1])
print(s[2 ** 80:], s[-(2 ** 80):2], s[::2 ** 80], s[::-(2 ** 80)])
for bad in [10, -11, 2 ** 80]:
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
for bad in ["1", 1.0, None, [1]]:
    try:
        s[bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print("abc"[3])
