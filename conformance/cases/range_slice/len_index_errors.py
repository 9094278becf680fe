# IndexError and TypeError texts shared by sequence types for bad indices and huge indices
seqs = [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(2)]
for seq in seqs:
    try:
        seq[2]
    except IndexError as e:
        print(type(seq).__name__, "IndexError:", e)
for seq in seqs:
    try:
        seq["x"]
    except TypeError as e:
        print(type(seq).__name__, "TypeError:", e)
for seq in seqs:
    try:
        seq[2 ** 100]
    except IndexError as e:
        print(type(seq).__name__, "IndexError:", e)
for seq in seqs:
    print(type(seq).__name__, seq[2 ** 100:], seq[-(2 ** 100):1], len(seq[::2 ** 100]))
for seq in seqs:
    try:
        seq[1.0]
    except TypeError as e:
        print(type(seq).__name__, "TypeError:", e)
class Index:
    def __index__(self):
        return 1
print([s[Index()] for s in seqs])
try:
    [1, 2][Index():"x"]
except TypeError as e:
    print("TypeError:", e)
