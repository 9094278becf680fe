# bytes.hex with separators and group sizes, bytes/bytearray.fromhex and its ValueError positions
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex("_", -2), data.hex(" ", 3), data.hex(b".", 4))
print(b"".hex(), b"\x00".hex(":"), b"\xab\xcd".hex(" ", 5), bytearray(b"\x01\x02").hex("|"), memoryview(b"\xff").hex())
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex("  0A 0b\t0C\n"), bytearray.fromhex("dead beef"), bytes.fromhex("AbCd"))
print(bytes.fromhex(data.hex()) == data, type(bytearray.fromhex("00")).__name__)
for bad in ["0", "0g", "00 0", "xyz", "0 0", "00-11", "\u00e9"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for sep in ["::", "", "é", 1]:
    try:
        print(data.hex(sep))
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__ + ":", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError:", e)
print(hex(int.from_bytes(b"\x12\x34", "big")), (0x1234).to_bytes(2, "big").hex())
print([format(x, "02x") for x in b"\x00\x10\xff"], "".join(f"{x:08b}" for x in b"\x05\xa0"))
