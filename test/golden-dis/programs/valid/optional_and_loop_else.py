def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        i = -1
    return i
