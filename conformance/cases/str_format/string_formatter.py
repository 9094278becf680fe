# string.Formatter (parse, get_field, vformat's auto-numbering and recursion, overridable hooks) and
# _string.formatter_parser / formatter_field_name_split: their pieces and their ValueErrors, as str.format's.
import _string
from string import Formatter
for s in ['a{{b', 'x}}y', '{0!r:>{1}}', '{}', '{a[x]}z', '{!s}', '{:}', '{a.b[0]:x{y}}', '', 'plain', '{0!x}', '{a}{b}']:
    print(repr(s), list(_string.formatter_parser(s)))
f, r = _string.formatter_field_name_split('0.b[0][x]'); print(f, list(r))
for s in ['{', '}', '{0!}', '{0!rx}', '{0', '{a[}', '{0:{', '{a{', 'ab}c', '{0!', '{!r']:
    try: print(list(_string.formatter_parser(s)))
    except ValueError as e: print(repr(s), e)
for s in ['a[0', 'a..b', 'a]', '', 'a[]', '99999999999999999999', 'a[-1]', '٣.x']:
    try: f, r = _string.formatter_field_name_split(s); print(repr(f), list(r))
    except ValueError as e: print(repr(s), e)
fm = Formatter()
print(fm.format("{0}-{1!r:>5}-{name[k]}-{0.real}", 3, "x", name={"k": [1]}), fm.format("{}{}", 1, 2), fm.format("{:{}}|", "a", 4))
for args in [("{}{0}", 1), ("{0}{}", 1), ("{0!q}", 1), ("{x}",), ("{2}", 1), ("{:{:{}}}", 1, 2, 3)]:
    try: print(fm.format(*args))
    except (ValueError, KeyError, IndexError) as e: print(type(e).__name__, e)
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError(f"unused {sorted(extra)}")
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f"<{key}>") if isinstance(key, str) else super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Strict().format("{a} {b} {0}", "z", a="x"))
try: Strict().format("{a}", a=1, c=2)
except ValueError as e: print(e)
try: list(_string.formatter_parser(5))
except TypeError as e: print(e)
print(Formatter().vformat("{0}{k}", (1,), {"k": 2}))
