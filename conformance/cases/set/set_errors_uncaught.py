# set KeyError for remove and pop-from-empty; a drain loop that pops one too many is uncaught
pending = {3, 1, 2}
try:
    pending.remove(9)
except KeyError as e:
    print("KeyError:", e)
try:
    pending.remove((1, 2))
except KeyError as e:
    print("KeyError:", e)
try:
    pending.remove("x")
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
done = []
while pending:
    done.append(pending.pop())
print(done, pending)
print(pending.pop())
