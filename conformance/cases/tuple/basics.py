# tuple creation and repr: empty, singleton trailing comma, parentheses optional, nesting, count/index
t = (1, 2, 3)
print(t, (), (1,), 1, (1), tuple(), ((),), ((1,),), (1, (2, (3,))), ("a",), (None,), (1, "a", 2.5, None, [1]))
u = 4, 5
v = 6,
print(u, v, type(v).__name__, len(()), len(v), len(u))
print(t.count(1), (1, 1, 2, 1).count(1), (1, True, 1.0).count(1), ().count(0), t.index(3), (1, 2, 1).index(1, 1))
print((1, 2, 3, 2).index(2, -2), (0, 1, 2, 3).index(2, 0, 3))
for call in [lambda: t.index(9), lambda: (1, 2, 1).index(1, 1, 2), lambda: t.count()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(("'",)), str(("é", b"x")), (1j, -0.0, float("inf")), f"{(1, 2)}", "%s" % ((1, 2),), format((1,)))
empty1 = ()
empty2 = tuple([])
print(empty1 == empty2, len(empty1), bool(empty1), bool((0,)), bool(((),)))
print(type(()).__name__, tuple.__mro__, isinstance((), tuple), hasattr((), "append"), hasattr((), "__hash__"))
x = (1, [2, 3])
x[1].append(4)
print(x)
try:
    x[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(x)
print(tuple.__name__, (1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__contains__(2), (1, 2).__add__((3,)))
