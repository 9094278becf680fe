# range argument errors: step zero, non-integers, and index out of range; ends with an uncaught IndexError
for args in [(1, 5, 0), (0, 0, 0)]:
    try:
        range(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1.0,), (1, 2.5), ("1", 2), (1, 2, None)]:
    try:
        range(*args)
    except TypeError as e:
        print("TypeError:", e)
r = range(0, 10, 2)
print(r[4], r[-5])
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)
try:
    r[-6]
except IndexError as e:
    print("IndexError:", e)
def last_plus_one(seq):
    return seq[len(seq)]
print(list(r), len(r))
print(last_plus_one(r))
