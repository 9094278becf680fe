def iterate(items):
    out = []
    for item in items:
        if item is None:
            continue
        if item == 'stop':
            break
        out.append(item)
    else:
        out.append('done')
    for i, (a, b) in enumerate(items):
        out.append(i)
    for x in items:
        for y in items:
            if x == y:
                break
    return out
