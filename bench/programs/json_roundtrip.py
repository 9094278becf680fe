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
    from _driver import main

    main(run, SIZES)
