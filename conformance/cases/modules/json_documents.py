# json documents: dumps options (indent, separators, sort_keys, skipkeys, allow_nan, default), hooks, subclasses, errors
import json

doc = {"b": [1, 2.5, -0.0, 1e16, 12345678901234567890, True, None], "a": {"x": "y", "e": {}, "l": []}, "c": (1, "t")}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps(doc, indent="\t", separators=(",", ": ")))
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps(1e400))
for kwargs in [{}, {"indent": 1}]:
    try:
        json.dumps([1.0, float("nan")], allow_nan=False, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
for bad in [{(1, 2): 3}, {1: 2, "a": 3}, object()]:
    try:
        json.dumps(bad, sort_keys=True)
    except TypeError as e:
        print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(loop, check_circular=False, default=str) if False else "skipped")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=lambda o: {"x": o.x, "y": o.y}))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    pass

class MyDict(dict):
    def items(self):
        return [("forced", 1)]

class MyList(list):
    def __iter__(self):
        return iter([99])

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), {MyInt(7): MyStr("v")}, MyDict(a=1), MyList([1, 2])]))
print(json.dumps("\u00e9\n", ensure_ascii=False), json.dumps("plain"))

text = '{"a": [1, 2.0, -3, 4e2, 1E-2, true, false, null], "b": {"c": "d"}, "big": 123456789012345678901234567890, "neg0": -0}'
print(json.loads(text))
print(json.loads(text, parse_float=str, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda s: "const:" + s))
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads('{"a": 1, "a": 2, "b": [{"x": 1}]}', object_pairs_hook=lambda pairs: pairs))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
print(json.loads('  \n[ 1 , 2 ]\t '), json.loads(b'{"bytes": true}'), json.loads('"\\u00e9"'))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder().raw_decode('xx 7', 3))
for bad in ['', '   ', '[1, 2', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1,]', '{"a": }', 'nul', '-', '1 2', '[1] x',
            '{"a": [1, {"b": tru}]}', '\n\n  {"k": "v",\n "x": }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
