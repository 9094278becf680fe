# collections.UserString wraps a str in `data`: slicing, concatenation and str-making methods keep the
# subclass (whose __str__ then shows), predicates and searches answer from data, and it is no str instance.
from collections import UserString
from collections.abc import Sequence
class Shout(UserString):
    def __str__(self): return self.data.upper() + "!"
s = Shout("hello world")
print(s, repr(s), s[0:5], type(s[0:5]).__name__, s + "x", "x" + s, s * 2, len(s), "lo" in s, s == "hello world")
print(s.upper(), type(s.upper()).__name__, s.split(), s.replace("l", "L", 2), s.center(15, "*"), s.isalpha(), s.title().istitle())
print(s.find("o"), s.count("l"), s.startswith("he"), s.encode(), hash(s) == hash("hello world"), sorted([Shout("b"), Shout("a")]))
print(isinstance(s, str), isinstance(s, Sequence), UserString(5), UserString(s).data, int(UserString("42")) + 1, UserString("%s-%d") % ("a", 1))
print(s.upper.__qualname__, list(UserString("ab")), list(reversed(UserString("ab"))), UserString("a,b").join("xy"), s.zfill(13))
print(f"{s}", "{}".format(UserString("q")), s.removeprefix("hello "), s.strip("hd"), UserString("abc") < "abd", s.index("w"))
