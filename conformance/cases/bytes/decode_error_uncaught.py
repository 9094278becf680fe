# an uncaught UnicodeDecodeError while decoding a byte stream: its full message in the traceback
chunks = [b"hello ", b"w\xc3\xb6rld ", b"\xe2\x82\xac5 ", b"ok"]
text = b"".join(chunks).decode("utf-8")
print(text, len(text), len(b"".join(chunks)))
for c in chunks:
    print(c, c.decode("utf-8"), len(c.decode("utf-8")))
split = b"\xe2\x82\xac"
first, second = split[:2], split[2:]
print(first.decode("utf-8", "replace"), second.decode("utf-8", "replace"))
try:
    first.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print((first + second).decode("utf-8"))
def read_all(parts):
    return [p.decode("utf-8") for p in parts]
print(read_all([b"fine", b"also fine"]))
print(read_all([b"fine", b"\x80bad"]))
