with open("a") as f:
    pass
with open("a") as f, open("b") as g:
    pass
with (open("a") as f, open("b") as g):
    pass
with (
    open("a") as f,
    open("b") as g,
):
    pass
with (open("a"), open("b")):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (yield):
    pass
with a as (b, c), d as [e, f]:
    pass
with a as b.c, d as e[0]:
    pass
with (a as b):
    pass
