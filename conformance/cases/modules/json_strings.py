# json string literals: quoting with and without ensure_ascii, escapes, astral characters, and the decoder's errors
import json

samples = ["plain", 'quote " and \\ backslash', "tab\tnew\nline\r\x00\x1f\x7f", "caf\u00e9 \u2603 \U0001F600", "\ud800 lone", ""]
for s in samples:
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)), json.loads(json.dumps(s)) == s)
print(json.dumps({"k\u00e9y": ["v\u00e4l", "\U0001F600"]}, ensure_ascii=False, sort_keys=True))
print(repr(json.loads('"\\ud83d\\ude00 \\u00e9 \\n \\/ \\"q\\""')), repr(json.loads('"\\ud800\\u0041"')))
print(json.loads('["a", {"b": "c\\td"}]'), json.loads('"x"' * 1 + ' '))
for bad in ['"ab', '"a\\qb"', '"a\x01"', '"\\u12x4"', '["\\ud83d\\ude0x"]', '"\U0001F600\\z"', '{"a": "b', '"\\']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\x01"', strict=False) == "\x01")
