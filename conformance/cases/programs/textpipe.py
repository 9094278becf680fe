# Text-processing pipeline: str methods, textwrap, itertools.groupby, json round trip
import json
import textwrap
import string
from itertools import groupby, accumulate, zip_longest, starmap, takewhile, dropwhile
from operator import itemgetter, attrgetter

TEXT = """The quick brown fox jumps over the lazy dog.  Pack my box with five dozen
liquor jugs!  How vexingly quick daft zebras jump; the five boxing wizards jump quickly.
Sphinx of black quartz, judge my vow.   """

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
print(len(words), words[:6])
print(TEXT.count("quick"), TEXT.find("fox"), TEXT.rfind("jump"), TEXT.index("Pack"))
print(textwrap.fill(" ".join(TEXT.split()), width=40))
print(textwrap.wrap("a " * 10, 7))
print(repr(textwrap.dedent("    x\n      y\n    z\n")))
print(textwrap.indent("one\n\ntwo\n", "> "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.fill("hello world foo bar", width=12, initial_indent="* ", subsequent_indent="  "))

by_letter = {k: list(g) for k, g in groupby(sorted(set(words)), key=itemgetter(0))}
for letter, ws in list(by_letter.items())[:6]:
    print(f"{letter}: {', '.join(ws)}")
runs = [(k, len(list(g))) for k, g in groupby("aaabccddddde")]
print(runs)
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(5), initial=100)))
print(list(zip_longest("abc", [1, 2], fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(str.isalpha, "abc1de")), "".join(dropwhile(str.isspace, "  hi ")))

record = {
    "title": "Pangrams",
    "count": len(words),
    "ratio": len(set(words)) / len(words),
    "tags": ["english", "test"],
    "nested": {"ok": True, "none": None, "pi": 3.14159, "big": 10 ** 20, "neg": -0.0},
    "unicode": "café ☕",
    "tuple": (1, 2),
}
s = json.dumps(record, sort_keys=True)
print(s)
print(json.dumps(record, indent=2, ensure_ascii=False)[:160])
back = json.loads(s)
print(back == record, back["tuple"], type(back["nested"]["big"]).__name__)
print(json.dumps([1.0, 1e100, float("inf"), 1.5e-7]), json.dumps("tab\there\n\"q\"\u0001"))
print(json.dumps({1: "a", True: "b", None: "c", 2.5: "d"}), json.dumps({"a": 1}, separators=(",", ":")))
print(json.loads('{"a": [1, 2.0, "x", null, true, false, {"b": -1e3}]}'))
print(json.loads("[1, 2]", object_hook=None), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": }', "[1, 2", "", '{"a" 1}', "[1,]", "nan"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:10} -> {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {3, 1}}, default=sorted))

table = [("alice", "eng", 120), ("bob", "ops", 95), ("carol", "eng", 130), ("dan", "ops", 80), ("eve", "hr", 70)]
for dept, rows in groupby(sorted(table, key=itemgetter(1, 2)), key=itemgetter(1)):
    rows = list(rows)
    print(f"{dept.upper():<4}{sum(r[2] for r in rows):>6}  {' '.join(r[0].title() for r in rows)}")
print("|".join(s.center(9, "*") for s in ["ab", "abc"]), "x".zfill(4), "-12".zfill(5), "Ab Cd".swapcase())
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  x y  ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("hello world".title(), "ß".upper(), "ǅ".lower(), "straße".casefold(), "İ".lower().encode())
print("line1\nline2\r\nline3".splitlines(keepends=True), "\t".expandtabs(4) + "|", "a\tbc\td".expandtabs(3))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("ab", "AB", "c")))
print("{:>8}|{:^8}|{:<8}|".format("r", "c", "l"), "%-6s|%5.1f|%03d|%x|%r" % ("ab", 2.345, 7, 255, "q"))
print(sorted(["b", "A", "c", "B"], key=str.casefold), "prefix_name".removeprefix("prefix_"), "a.py".removesuffix(".py"))
