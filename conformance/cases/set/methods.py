# set mutation methods: add, update, discard, remove, pop, clear, copy and the *_update forms
s = {1, 2}
s.add(3)
s.add(2)
s.update([4, 5], (6,), range(7, 9))
print(s, len(s))
s.discard(100)
s.discard(1)
s.remove(2)
print(s)
popped = [s.pop() for _ in range(3)]
print(popped, s)
t = s.copy()
t.add("new")
print(s, t, s is not t)
s.intersection_update({5, 6, 7, 8, 9}, range(6, 20))
print(s)
s.difference_update([7])
print(s)
s.symmetric_difference_update({8, 10})
print(s)
s.clear()
print(s, len(s), bool(s))
u = set("mississippi")
print(sorted(u), len(u))
for call in [lambda: set().pop(), lambda: {1}.remove(2), lambda: set().remove("k")]:
    try:
        call()
    except KeyError as e:
        print("KeyError:", e, repr(e.args))
for call in [lambda: {1}.add([1]), lambda: {1}.update(5), lambda: {1}.discard({2}), lambda: set().add(), lambda: frozenset().add(1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print({1}.discard(frozenset()), {frozenset([1])} - {frozenset([1])}, {frozenset()}.__contains__(set()))
v = {1, 2, 3}
v.remove(3)
print(v, {1, 2}.__len__(), set.__name__)
