# str.encode: default utf-8, named codecs and aliases, errors argument, and codec lookup failures
s = "naïve café 😀"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"), s.encode(encoding="u8"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", errors="namereplace"))
print(s.encode("latin-1", "replace"), s.encode("iso-8859-1", "ignore"), "é".encode("latin1"), "é".encode("L1"))
print("abc".encode("ascii"), "".encode(), "\x00".encode(), "\u0080".encode(), "\u07ff".encode(), "\u0800".encode(), "\uffff".encode())
print("\U00010000".encode(), "\U0010ffff".encode(), len(s), len(s.encode()))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\ud800x".encode("utf-8", "surrogatepass"), "\ud800x".encode("utf-8", "replace"), "\udcff".encode("utf-8", "surrogateescape"))
try:
    s.encode("klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    s.encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    s.encode(1)
except TypeError as e:
    print("TypeError:", e)
