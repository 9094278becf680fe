if a: pass
elif b: pass
elif c: pass
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
else:
    if e:
        pass
x = a if b else c
y = (a if b else c) if d else (e if f else g)
z = [a if b else c for a in d if a if not b]
if not a or b and not c: pass
if (a
    and b):
    pass
