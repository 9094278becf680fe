# latin-1 and ascii encode/decode with every common error handler, and their UnicodeError messages
text = "Zoë & Jürgen → 東京 😀"
for enc in ["ascii", "latin-1"]:
    for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        print(enc, errors, text.encode(enc, errors))
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e, e.start, e.end)
raw = bytes(range(0x78, 0x88)) + b"\xe9\xff"
print(raw.decode("latin-1"), repr(raw.decode("latin-1")), len(raw.decode("iso8859-1")))
print(repr(raw.decode("ascii", "replace")), repr(raw.decode("ascii", "ignore")), repr(raw.decode("ascii", "backslashreplace")))
print(repr(raw.decode("ascii", "surrogateescape")))
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("\udce9".encode("latin-1", "surrogateescape"), "\udc80abc".encode("ascii", "surrogateescape"))
try:
    "\udce9".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "é\u0100".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("latin-1").decode("utf-8", "replace"), "é".encode("utf-8").decode("latin-1"))
print("ÿ".encode("latin1"), bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))
print(b"abc".decode("ASCII"), b"abc".decode("us-ascii"), "abc".encode("646"), b"\xe9".decode("l1"), b"\xe9".decode("cp819"))
