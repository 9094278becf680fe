# bool is an int subclass: arithmetic, bitwise ops, repr, and which results stay bool
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 5, -True, +False)
print(True & True, True | False, True ^ True, ~True, ~False, True << 3, True >> 1)
print(type(True & False).__name__, type(True | 1).__name__, type(True + False).__name__, type(-True).__name__)
print(repr(True), str(False), int(True), float(False), complex(True))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__name__)
print(True == 1, False == 0, hash(True), hash(False))
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(divmod(True, True), abs(True), abs(False), round(True), True.real, True.imag, True.numerator)
print(True.bit_length(), True.conjugate(), True.as_integer_ratio(), (True).to_bytes(1, "big"))
print("abc"[True], [10, 20][False], ["no", "yes"][3 > 2])
print(True * "ab", False * [1], [0] * True)
print(f"{True}", f"{True:d}", f"{True:>6}", f"{False!r}", "%d %s %r" % (True, True, False))
print(format(True, "x"), format(True, ".2f"), format(False, "05"))
x = True
x += 1
print(x, type(x).__name__)
y = False
y |= True
print(y, type(y).__name__)
z = True
z &= 3
print(z, type(z).__name__)
print(True.__and__(1), True.__and__(True), True.__or__(0), True.__xor__(True))
