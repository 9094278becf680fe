# A small log scan as programs do it: named groups per line, counting, rewriting dates.
import re

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>INFO|WARN|ERROR) \[(?P<mod>[a-z_]+)\] (?P<msg>.*)$", re.M)
NUMBER = re.compile(r"-?\b\d+(?:\.\d+)?\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.(?:com|org|net)")
log = """2024-01-05 INFO [net] user ann@example.com took 12.5 ms
2024-01-06 WARN [disk_io] retry 3 of 5, code -7
not a log line
2024-02-01 ERROR [auth] bo.li@corp.net denied; very very bad
"""
levels = {}
for m in LINE.finditer(log):
    levels[m["level"]] = levels.get(m["level"], 0) + 1
    print(m.group("date", "mod"), len(m.group("msg")), m.span("msg"))
print(sorted(levels.items()), NUMBER.findall(log), EMAIL.findall(log))
print(EMAIL.sub(lambda m: "<%d>" % len(m.group(0)), log).splitlines()[0])
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log).split()[0], re.sub(r"\b(\w+) \1\b", r"\1", log).splitlines()[-1])
print(LINE.search(log, 60).group("level"), LINE.match(log, 1))
