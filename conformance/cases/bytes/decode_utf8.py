# decoding UTF-8 with strict, replace, ignore, backslashreplace and surrogateescape; exact error texts
samples = [b"plain", b"caf\xc3\xa9", b"\xf0\x9f\x98\x80", b"\xff", b"a\x80b", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80",
           b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf8\x88\x80\x80\x80", b"ok\xe2\x82\xacok", b"\xef\xbb\xbfbom"]
for s in samples:
    try:
        strict = repr(s.decode("utf-8"))
    except UnicodeDecodeError as e:
        strict = "UnicodeDecodeError: " + str(e)
    print(s, strict)
    print("   ", repr(s.decode("utf-8", "replace")), repr(s.decode("utf-8", "ignore")),
          repr(s.decode("utf-8", "backslashreplace")), repr(s.decode("utf-8", "surrogateescape")))
try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.object, e.reason)
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", b"\xef\xbb\xbfbom".decode("utf-8-sig"))
rt = b"\xff\xfeabc".decode("utf-8", "surrogateescape")
print(repr(rt), rt.encode("utf-8", "surrogateescape"))
print(bytearray(b"\xc3\xa9").decode(), memoryview(b"x").tobytes().decode(), str(b"\xc3\xa9", "utf-8"))
try:
    b"x".decode("utf-8", "bogus-handler")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xff".decode("utf-8", "bogus-handler")
except LookupError as e:
    print("LookupError:", e)
