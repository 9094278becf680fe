# json_roundtrip: encoding and decoding with the json module: nested dicts, lists, strings, floats, escapes.
#
# Builds a list of nested records (unicode and escaped strings, ints, floats, booleans,
# None), encodes them with json.dumps in several styles (compact, indented, sort_keys),
# decodes them back with json.loads and checks the round trip, a chunk of 200 records at a
# time. n is the number of records.

import json

CHUNK = 200

SIZES = {"quick": 2800, "default": 28000, "full": 125000}


def record(i):
    return {
        "id": i,
        "name": "r\u00e9cord-%d \"quoted\"\t\\" % i,
        "score": i * 0.25 - 3.5,
        "ratio": 1.0 / (i + 3),
        "flags": [i % 2 == 0, i % 3 == 0, None],
        "tags": ["t%d" % (i % k) for k in range(2, 7)],
        "nested": {"depth": {"level": i % 5, "items": list(range(i % 6)), "emoji": "\u2603\U0001F600"}},
    }


def roundtrip(start, stop):
    data = [record(i) for i in range(start, stop)]
    compact = json.dumps(data, separators=(",", ":"))
    pretty = json.dumps(data, indent=2, sort_keys=True)
    ascii_off = json.dumps(data, ensure_ascii=False)
    back = json.loads(compact)
    if back != data or json.loads(pretty) != data or json.loads(ascii_off) != data:
        raise RuntimeError("round trip changed the data")
    total = 0
    for rec in back:
        total += rec["id"] + len(rec["name"]) + len(rec["tags"]) + rec["nested"]["depth"]["level"]
    small = json.dumps(back[len(back) // 2], sort_keys=True)
    return [len(compact), len(pretty), len(ascii_off), total, len(small)]


def run(n):
    sums = [0, 0, 0, 0, 0]
    for start in range(0, n, CHUNK):
        for k, value in enumerate(roundtrip(start, min(n, start + CHUNK))):
            sums[k] += value
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
