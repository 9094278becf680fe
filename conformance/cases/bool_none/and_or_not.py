# and/or return an operand, not a bool; short-circuiting; not always returns a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0, 0 or None)
print(not 0, not 1, not "", not [1], not None, type(not 5).__name__)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or "last", 0 or "" or [] or ())
trace = []
def t(v):
    trace.append(v)
    return v
r = t(0) and t(1)
print(r, trace)
trace.clear()
r = t(1) or t(2)
print(r, trace)
trace.clear()
r = t(0) or t("") or t(3) or t(4)
print(r, trace)
trace.clear()
r = t(1) and t(2) and t(0) and t(9)
print(r, trace)
print(True and False or True, not True == False, not (True == False), (not True) == False)
print([x for x in range(10) if x % 2 and x > 3], [x or -1 for x in [0, 1, 0, 2]])
a = None
b = a or []
b.append(1)
print(a, b)
print(1 < 2 and "ordered" or "unordered", 2 < 1 and "ordered" or "unordered")
print(True is not False, None is None, (1 == 1) is True, bool(0) is False)
print(not not "x", not not 0, (lambda: 0)() or "fallback")
