# comparison chains and bool operations on values, then an uncaught TypeError from ordering None
total = 1
records = [("alice", 3), ("bob", None), ("carol", 1)]
present = [r for r in records if r[1] is not None]
print(present, all(r[1] for r in present), any(r[1] is None for r in records))
print(sorted(present, key=lambda r: r[1]))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, total is not None is not False)
print(0 < 0.5 < True, "a" < "b" < "c" != "d", [1] < [2] == [2])
print([v for v in [0, 1, None, False, "", "x"] if v is not None and v is not False])
flags = {"debug": False, "verbose": True, "quiet": None}
print({k: bool(v) for k, v in flags.items()})
print([k for k, v in flags.items() if v is None])
print(max((r[1] or 0) for r in records), min(r[1] for r in present))
total = 0
for name, n in records:
    total += n or 0
print(total)
def key(r):
    return r[1]
print(sorted(records, key=key))
