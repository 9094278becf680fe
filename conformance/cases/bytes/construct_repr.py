# bytes and bytearray construction from ints, iterables, str with encoding, buffers; their reprs
print(bytes(), bytes(3), bytes([0, 65, 255]), bytes(range(5)), bytes(b"abc"), bytes("é", "utf-8"), bytes(bytearray(b"x")))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("hé", "latin-1"), bytearray(memoryview(b"mv")))
print(b"\x00\x07\x08\t\n\x0b\x0c\r\x1b\x7f\x80\xff", b"'", b'"', b"'\"", b"\\", b"plain text 123")
print(repr(bytes(range(32, 127))))
print(bytes.fromhex("de ad be ef"), bytes([x for x in range(250, 256)]), b"a" * 3, b"ab" + b"cd", bytearray(b"x") + b"y")
print(bytes((i * 3 for i in range(4))), bytes(map(ord, "hi")), bytes(b"%s" % b"x"))
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(WithIndex()), bytearray(WithIndex()), bytes([WithIndex()]))
for bad in [[256], [-1], ["a"], [1.0], "text", 1.5, None, -1]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for args in [("x", "ascii", "strict", 1), (b"x", "utf-8"), (1, "utf-8")]:
    try:
        bytes(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    bytes("é", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(type(b"").__name__, type(bytearray()).__name__, bytes.__mro__, bytearray.__mro__)
print(len(b""), len(bytes(10)), len(bytearray(b"abc")), b"abc" == bytearray(b"abc"), bytes(5) == b"\0" * 5)
