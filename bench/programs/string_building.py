# string_building: building and formatting strings: join, +=, f-strings, %, str.format, methods.
#
# Each record is rendered several ways (f-string with format specs, %-formatting,
# str.format with alignment), then the lines are joined, split, stripped, replaced and
# searched, a chunk of 1000 records at a time. n is the number of records; the checksum
# is lengths and a simple digest.

CHUNK = 1000

SIZES = {"quick": 21000, "default": 210000, "full": 940000}


def render(i):
    name = "item%05d" % i
    price = (i * 37 % 10000) / 100.0
    qty = i % 13
    a = f"{name:<12}|{price:>10.2f}|{qty:03d}|{i:#x}"
    b = "%-12s|%10.2f|%03d|%#x" % (name, price, qty, i)
    c = "{0:<12}|{1:>10.2f}|{2:03d}|{3:#x}".format(name, price, qty, i)
    d = "{n:^16}:{q:+d}:{p:e}".format(n=name, q=qty - 6, p=price)
    return a, b, c, d


def digest(text):
    h = 0
    for ch in text[::97]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def chunk(start, stop):
    lines = []
    acc = ""
    same = 0
    for i in range(start, stop):
        a, b, c, d = render(i)
        if a == b == c:
            same += 1
        lines.append(a)
        lines.append(d)
        acc += d[:3]
        if len(acc) > 4000:
            acc = acc[-100:].upper()
    text = "\n".join(lines)
    words = text.replace("|", " ").split()
    stripped = [w.strip("0") for w in words if w.startswith("item")]
    title = " ".join(stripped[:50]).title()
    found = text.count("item0") + text.find("item00042") + text.rfind("|") % 1000
    parts = text.partition("item00100")
    return [same, len(text), len(words), digest(text), found, len(parts[0]), digest(title + acc)]


def run(n):
    sums = [0] * 7
    for start in range(0, n, CHUNK):
        for k, value in enumerate(chunk(start, min(n, start + CHUNK))):
            sums[k] = (sums[k] + value) % 1000000007
    return " ".join(map(str, sums))


if __name__ == "__main__":
    import sys
    import time

    _args = sys.argv[1:]
    _size, _iterations, _timing = "default", 1, False
    while _args:
        _arg = _args.pop(0)
        if _arg == "--timing":
            _timing = True
        elif _arg == "--iterations" and _args and _args[0].isdigit() and int(_args[0]) > 0:
            _iterations = int(_args.pop(0))
        elif _arg in SIZES:
            _size = _arg
        else:
            sys.exit("usage: " + sys.argv[0] + " [quick|default|full] [--iterations K] [--timing]")
    _checksums = []
    for _i in range(_iterations):
        _start = time.perf_counter()
        _checksums.append(run(SIZES[_size]))
        _elapsed = time.perf_counter() - _start
        if _timing:
            print("iteration %d %.6f" % (_i, _elapsed), flush=True)
    if any(_c != _checksums[0] for _c in _checksums):
        sys.exit("checksum changed between iterations: %r" % (_checksums,))
    print("checksum: %s" % (_checksums[0],))
