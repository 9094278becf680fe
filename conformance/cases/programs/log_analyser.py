# Log-file analyser: re, Counter, sorted with keys, f-string alignment
import re
from collections import Counter, defaultdict

LOG = """\
2024-01-03 10:00:01 INFO  [web] GET /index.html 200 123ms user=alice
2024-01-03 10:00:02 WARN  [web] GET /missing 404 5ms user=bob
2024-01-03 10:00:03 ERROR [db] query timeout after 3000ms table=orders
2024-01-03 10:00:04 INFO  [web] POST /api/cart 201 88ms user=alice
2024-01-03 10:00:05 INFO  [auth] login ok user=carol
2024-01-03 10:00:06 ERROR [web] GET /api/cart 500 912ms user=bob
2024-01-03 10:01:00 DEBUG [cache] hit ratio=0.93
2024-01-03 10:01:30 INFO  [web] GET /index.html 200 99ms user=dave
2024-01-03 10:02:00 WARN  [auth] bad password user=bob
garbage line that does not parse
2024-01-03 10:02:10 INFO  [web] GET /about 200 41ms user=carol
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$"
)
REQ_RE = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
KV_RE = re.compile(r"(\w+)=([\w.]+)")

levels = Counter()
by_comp = defaultdict(list)
paths = Counter()
latencies = defaultdict(list)
users = Counter()
bad = []

for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.match(line)
    if not m:
        bad.append((n, line))
        continue
    d = m.groupdict()
    levels[d["level"]] += 1
    by_comp[d["comp"]].append(d["msg"])
    if r := REQ_RE.search(d["msg"]):
        paths[r["path"]] += 1
        latencies[r["method"]].append(int(r.group("ms")))
    for k, v in KV_RE.findall(d["msg"]):
        if k == "user":
            users[v] += 1

print("== levels ==")
for level, count in sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])):
    bar = "#" * count
    print(f"{level:<6}|{count:>3} {bar}")
print(levels.most_common(2))
print(sorted(levels.elements())[:4])

print("== components ==")
for comp in sorted(by_comp, key=str.lower):
    msgs = by_comp[comp]
    print(f"{comp:>6}: {len(msgs):2d} msgs, longest={max(msgs, key=len)!r}")

print("== paths ==")
width = max(map(len, paths))
for path, c in paths.most_common():
    print(f"{path:.<{width + 2}}{c:>4}")

print("== latency ==")
for method, vals in sorted(latencies.items()):
    avg = sum(vals) / len(vals)
    print(f"{method:4} n={len(vals)} min={min(vals):>5} max={max(vals):>5} avg={avg:8.2f} {avg:e}")

print("== users ==")
print(users)
print(dict(users.most_common()))
top, *rest = users.most_common()
print(top, len(rest))
print(users + Counter(bob=-10, erin=2))
print(users - Counter(bob=1))
print(users & Counter(alice=1, bob=5), users | Counter(zed=1))
print("== bad ==")
for n, line in bad:
    print(f"line {n:03d}: {line[:20]!r}...")
print(re.sub(r"(\d+)ms", lambda m: f"{int(m[1]) / 1000:.3f}s", LOG.splitlines()[5]))
print(re.split(r"\s+", "a  b\tc\n d", maxsplit=2))
print(LINE_RE.pattern[:30], LINE_RE.groupindex["level"], LINE_RE.groups)
m = REQ_RE.search("x GET /a 200 1ms")
print(m.span(), m.span("path"), m.groups(), m.start("status"), repr(m)[:40])
