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
    from _driver import main

    main(run, SIZES)
