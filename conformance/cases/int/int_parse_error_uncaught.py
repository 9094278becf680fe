# an uncaught ValueError from int() on a bad literal inside a function: traceback text and exit code 1
def parse_all(texts, base=10):
    out = []
    for t in texts:
        out.append(int(t, base))
    return out

print(parse_all(["10", "-3", " 42 ", "1_000"]))
print(parse_all(["ff", "0x10", "DEAD"], 16))
print(parse_all(["0b11", "0o17", "0x1f", "0"], 0))
print(parse_all(["zz", "10"], 36))
checks = []
for text in ["7", "07", "seven", "7.0", "0x7"]:
    try:
        checks.append(int(text))
    except ValueError as e:
        checks.append(str(e))
for c in checks:
    print(repr(c))
total = 0
for v in ["10", "0x1a", "3_3"]:
    total += int(v, 0)
    print(v, total)
print(parse_all(["1", "2", "12abc", "3"]))
