# KeyError text shows the repr of the key (strings quoted, tuples as-is); the last lookup is uncaught
inventory = {"apples": 3, "pears": 0, (1, 2): "tuple key", 7: "int key", None: "none key"}
print(inventory["apples"], inventory[(1, 2)], inventory[7], inventory[None])
for key in ["bananas", (3, 4), 8, "", "quote's", 2.5, (), frozenset()]:
    try:
        inventory[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args, "| repr:", repr(e))
try:
    del inventory["nothing"]
except KeyError as e:
    print("KeyError:", e)
try:
    inventory.pop(("missing",))
except KeyError as e:
    print("KeyError:", e)
def restock(item, qty):
    inventory[item] += qty
    return inventory[item]
print(restock("pears", 5), restock("apples", 1))
print(restock("kiwis", 2))
