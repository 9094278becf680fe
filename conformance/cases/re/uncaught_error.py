# An invalid pattern's re.error reaching the top level (re-raised from the program itself).
import re

try:
    re.compile(r"(?P<name>[a-z]+")
except re.error as e:
    print(e.msg, e.pos)
    raise e.with_traceback(None)
