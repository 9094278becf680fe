def use():
    print(len([]), abs(-1), max(1, 2))
    return isinstance(1, int)


value = use()
print(value)
