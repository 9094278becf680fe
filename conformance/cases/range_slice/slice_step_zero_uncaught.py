# a zero slice step is rejected by every sequence with the same message; the final list slice is uncaught
data = list(range(8))
for step in [1, 2, -1, -3]:
    print(step, data[::step], "abcdefgh"[::step], tuple(data)[1::step], bytes(range(97, 105))[::step])
for seq in ["abc", (1, 2), b"xy", bytearray(b"q"), range(3)]:
    try:
        seq[::0]
    except ValueError as e:
        print(type(seq).__name__, "ValueError:", e)
try:
    data[::0] = []
except ValueError as e:
    print("ValueError:", e)
try:
    del data[::0]
except ValueError as e:
    print("ValueError:", e)
def every(seq, n):
    return seq[::n]
print(every(data, 3), every("stride", 2))
print(every(data, 0))
