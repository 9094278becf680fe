# Sequence repetition by counts past 2**53: CPython reads them as Py_ssize_t, so a count that fits
# is MemoryError (or "... too long"), and only one past Py_ssize_t is the index-sized OverflowError.
cases = [
    '[1] * 2**62', '[1, 2] * 2**62', '[1] * 2**63', '[] * 2**70', '[1] * -2**64', '[] * 2**62',
    '(1,) * 2**62', '(1, 2) * 2**62', '() * 2**62',
    '"a" * 2**40', '"ab" * 2**62', '"a" * 2**63', '"" * 2**62', '"a" * -2**70',
    'b"a" * 2**62', 'b"ab" * 2**62', 'bytearray(b"ab") * 2**62',
]
for src in cases:
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '->', type(e).__name__, repr(str(e)))

x = [1, 2]
try:
    x *= 2**62
except MemoryError as e:
    print('list *=', type(e).__name__, repr(str(e)), x)
x *= -2**62
print('list *= negative', x)
class Count:
    def __index__(self):
        return 2**62
try:
    [0] * Count()
except MemoryError as e:
    print('__index__ count', type(e).__name__)
