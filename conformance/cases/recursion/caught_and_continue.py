# RecursionError is caught, the program carries on, and recursion works normally afterwards.
import sys
def forever(n):
    return forever(n + 1)

for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e, isinstance(e, RuntimeError))

def depth_reached():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        return count
print(depth_reached(), sys.getrecursionlimit())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) % 1000003, len(str(fact(900))))
