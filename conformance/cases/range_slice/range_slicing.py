# slicing a range yields a range with computed start/stop/step; negative steps and out-of-range slices
r = range(0, 20, 3)
print(r[1:4], r[::2], r[::-1], r[-2:], r[5:1:-1], r[100:], r[:-100], r[::-3], r[1::-1])
for s in [slice(None), slice(2, None), slice(None, 3), slice(1, 5, 2), slice(-1, None, -2), slice(10, 20)]:
    sub = r[s]
    print(s, sub, list(sub), list(sub) == list(r)[s])
neg = range(10, -10, -3)
print(neg[1:3], neg[::-1], list(neg[::-1]), neg[::2], neg[-1:0:-2], list(neg[-1:0:-2]))
print(range(5)[::-1] == range(4, -1, -1), range(0, 10, 2)[1:] == range(2, 10, 2), range(3)[5:] == range(0))
big = range(10 ** 20, 10 ** 20 + 100, 7)
print(big[3], big[-1], big[2:5], len(big), big.index(10 ** 20 + 14), 10 ** 20 + 15 in big)
print(range(10)[True:], range(10)[slice(2, None, 3)], range(1, 100, 10)[::3])
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    range(5)[1.5]
except TypeError as e:
    print("TypeError:", e)
